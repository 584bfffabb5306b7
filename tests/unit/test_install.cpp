// brochure installed as a user gets it: `cmake --install` under a prefix, then moved
// elsewhere, and the Debian package that `make deb` builds, unpacked with dpkg -x. Each
// copy renders from its own share/brochure (a broken installed font or CMYK profile is
// what it then complains of), and the man page names every option of --help.

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure::test;

namespace {

fs::path build_dir() { return brochure_executable().parent_path(); }

// Renders the sample profile with the executable under `prefix`; what it said.
CommandResult render_with(const fs::path& prefix, const fs::path& pdf, const std::vector<std::string>& options = {}) {
    std::vector<std::string> argv{(prefix / "bin" / "brochure").string(), "render", sample_profile().string(),
                                  "--assets", (source_dir() / "content").string(), "-o", pdf.string()};
    argv.insert(argv.end(), options.begin(), options.end());
    return run_command(argv, {"SOURCE_DATE_EPOCH=1700000000"});
}

}  // namespace

TEST_CASE("an installed copy, moved to another folder, renders with the data installed beside it",
          "[e2e][install]") {
    require_tool("cmake", "cmake");
    require_tool("pdfinfo", "poppler-utils");
    const TempDir dir("install");
    const fs::path prefix = dir.path() / "prefix";
    const CommandResult installed =
        run_command({"cmake", "--install", build_dir().string(), "--prefix", prefix.string()});
    INFO(installed.out << installed.err);
    REQUIRE(installed.exit_code == 0);
    for (const std::string file : {"bin/brochure", "libexec/brochure/brochure-svg", "share/brochure/fonts/NotoSans-Regular.ttf",
                                   "share/brochure/icc/FOGRA39.icc", "share/brochure/schema/profile.schema.json",
                                   "share/man/man1/brochure.1", "share/bash-completion/completions/brochure",
                                   "share/zsh/vendor-completions/_brochure"})
        CHECK(fs::is_regular_file(prefix / file));

    // Relocated: nothing of the install's own path is built in.
    const fs::path moved = dir.path() / "elsewhere";
    fs::rename(prefix, moved);
    const fs::path pdf = dir.path() / "out.pdf";
    for (const std::string target : {"screen", "print"}) {
        const CommandResult rendered = render_with(moved, pdf, {"--target", target});
        INFO(target << ": " << rendered.err);
        CHECK(rendered.exit_code == 0);
        CHECK(run_command({"pdfinfo", pdf.string()}).exit_code == 0);
    }
    CHECK(run_command({(moved / "bin" / "brochure").string(), "schema"}).out ==
          read_bytes(source_dir() / "schema" / "profile.schema.json"));

    // Its SVGs are drawn by its own worker: without it, an SVG logo is an error at its
    // field that names the missing program, and no PDF is written.
    const fs::path svg_profile = source_dir() / "content" / "cern.yaml";
    const fs::path svg_pdf = dir.path() / "svg.pdf";
    const std::vector<std::string> render_svg{(moved / "bin" / "brochure").string(), "render", svg_profile.string(),
                                              "-o", svg_pdf.string()};
    const CommandResult with_worker = run_command(render_svg);
    INFO(with_worker.err);
    CHECK(with_worker.exit_code == 0);
    const fs::path worker = moved / "libexec" / "brochure" / "brochure-svg";
    fs::rename(worker, dir.path() / "worker-away");
    fs::remove(svg_pdf);
    const CommandResult without_worker = run_command(render_svg);
    CHECK(without_worker.exit_code != 0);
    CHECK_THAT(without_worker.err, Catch::Contains("cern.yaml:") && Catch::Contains("brand.logo") &&
                                       Catch::Contains(worker.string() + " did not start"));
    CHECK_FALSE(fs::exists(svg_pdf));
    fs::rename(dir.path() / "worker-away", worker);

    // It reads the installed font and CMYK profile, not the source tree's.
    const fs::path font = moved / "share" / "brochure" / "fonts" / "NotoSans-Bold.ttf";
    const std::string font_bytes = read_bytes(font);
    write_bytes(font, "not a font");
    const CommandResult broken_font = render_with(moved, pdf);
    CHECK(broken_font.exit_code == 2);
    CHECK(broken_font.err.find(font.string()) != std::string::npos);
    write_bytes(font, font_bytes);
    const fs::path icc = moved / "share" / "brochure" / "icc" / "FOGRA39.icc";
    write_bytes(icc, "not a profile");
    const CommandResult broken_icc = render_with(moved, pdf, {"--target", "print"});
    CHECK(broken_icc.exit_code == 2);
    CHECK(broken_icc.err.find(icc.string()) != std::string::npos);
}

TEST_CASE("the Debian package depends on the libraries it links, and renders unpacked into a scratch root",
          "[e2e][install]") {
    require_tool("cpack", "cmake");
    require_tool("dpkg-deb", "dpkg");
    require_tool("dpkg-shlibdeps", "dpkg-dev");
    require_tool("file", "file");  // CPack's Debian generator needs it
    const TempDir dir("deb");
    const CommandResult packed = run_command({"cpack", "-G", "DEB", "--config",
                                              (build_dir() / "CPackConfig.cmake").string(), "-B",
                                              dir.path().string()});
    INFO(packed.out << packed.err);
    REQUIRE(packed.exit_code == 0);
    fs::path deb;
    for (const auto& entry : fs::directory_iterator(dir.path()))
        if (entry.path().extension() == ".deb") deb = entry.path();
    REQUIRE_FALSE(deb.empty());
    const std::string depends = run_command({"dpkg-deb", "-f", deb.string(), "Depends"}).out;
    INFO("Depends: " << depends);
    // librsvg2-2 for the SVG worker, which dpkg-shlibdeps reads like the executable.
    for (const std::string library : {"libhpdf-2.3.0", "libyaml-0-2", "libharfbuzz0b", "liblcms2-2", "libstdc++6", "librsvg2-2"})
        CHECK(depends.find(library) != std::string::npos);

    const fs::path root = dir.path() / "root";
    REQUIRE(run_command({"dpkg-deb", "-x", deb.string(), root.string()}).exit_code == 0);
    CHECK(fs::is_regular_file(root / "usr" / "share" / "man" / "man1" / "brochure.1"));
    CHECK(fs::is_regular_file(root / "usr" / "share" / "bash-completion" / "completions" / "brochure"));

    // init from the package names the package's schema, and its profile renders.
    const fs::path started = dir.path() / "started.yaml";
    REQUIRE(run_command({(root / "usr" / "bin" / "brochure").string(), "init", started.string()}).exit_code == 0);
    CHECK(read_bytes(started).find("$schema=" + (root / "usr" / "share" / "brochure" / "schema" / "profile.schema.json").string() +
                                   "\n") != std::string::npos);
    CHECK(run_command({(root / "usr" / "bin" / "brochure").string(), "render", started.string()}).exit_code == 0);
    const fs::path pdf = dir.path() / "out.pdf";
    const CommandResult rendered = render_with(root / "usr", pdf, {"--target", "print"});
    INFO(rendered.err);
    CHECK(rendered.exit_code == 0);
    CHECK(read_bytes(pdf).rfind("%PDF-1.7", 0) == 0);
}

TEST_CASE("the man page names every option that --help names", "[e2e][install]") {
    const std::string help = run_command({brochure_executable().string(), "--help"}).out;
    const std::string man = read_bytes(source_dir() / "docs" / "brochure.1");
    std::set<std::string> options;
    const std::regex option(R"((--[a-z]+))");
    for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
        options.insert((*it)[1]);
    REQUIRE(options.size() >= 15);
    for (const std::string& name : options) {
        // troff writes each hyphen of an option as \-.
        const std::string escaped = "\\-\\-" + name.substr(2);
        INFO(name);
        CHECK(man.find(escaped) != std::string::npos);
    }
    for (const std::string command : {"render", "check", "build", "schema"})
        CHECK(man.find(".B " + command) != std::string::npos);
}
