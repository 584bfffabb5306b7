// `brochure build` end to end: a folder of good and broken profiles gives a PDF for each
// good one, gcc-style errors and statuses for the broken ones, the worst exit code, and a
// second run that skips what is up to date and renders what changed.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

using namespace brochure::test;

namespace fs = std::filesystem;

namespace {

// A batch folder: three copies of the sample profile, two of them nested, and two broken
// profiles.
struct BatchFolder {
    TempDir dir{"batch-build"};
    fs::path in = dir.path() / "in";
    fs::path out = dir.path() / "out";
    fs::path report = dir.path() / "report.json";

    BatchFolder() {
        const std::string sample = sample_profile_text();
        for (const char* name : {"top.yaml", "europe/west/one.yaml", "europe/two.yaml"}) {
            fs::create_directories((in / name).parent_path());
            write_bytes(in / name, sample);
        }
        fs::create_directories(in / "broken");
        write_bytes(in / "broken" / "syntax.yaml", "name: [unclosed\n");
        write_bytes(in / "broken" / "unknown.yaml", sample + "colour: blue\n");
    }

    CommandResult build(std::vector<std::string> extra = {}) const {
        std::vector<std::string> argv = {brochure_executable().string(), "build", in.string(), "--out",
                                         out.string(), "--jobs", "2", "--report", report.string()};
        argv.insert(argv.end(), extra.begin(), extra.end());
        return run_command(argv);
    }

    // "relative/path status" per profile of the last report, in the report's order.
    std::vector<std::string> statuses() const {
        require_tool("python3", "python3");
        const CommandResult result = run_command(
            {"python3", "-c",
             "import json, os, sys\n"
             "for p in json.load(open(sys.argv[1]))['profiles']:\n"
             "    print(os.path.relpath(p['input'], sys.argv[2]), p['status'])\n",
             report.string(), in.string()});
        REQUIRE(result.exit_code == 0);
        return lines_of_output(result.out);
    }

    static std::vector<std::string> lines_of_output(const std::string& text) {
        std::vector<std::string> lines;
        std::size_t start = 0;
        for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
            lines.push_back(text.substr(start, end - start));
        return lines;
    }
};

bool is_pdf(const fs::path& path) { return fs::exists(path) && read_bytes(path).rfind("%PDF-", 0) == 0; }

}  // namespace

TEST_CASE("a batch renders the good profiles, reports the broken ones and exits with 1") {
    BatchFolder batch;
    const CommandResult result = batch.build();
    INFO("stderr:\n" << result.err);
    CHECK(result.exit_code == 1);
    CHECK(is_pdf(batch.out / "top.pdf"));
    CHECK(is_pdf(batch.out / "europe" / "west" / "one.pdf"));
    CHECK(is_pdf(batch.out / "europe" / "two.pdf"));
    CHECK_FALSE(fs::exists(batch.out / "broken" / "syntax.pdf"));
    CHECK_FALSE(fs::exists(batch.out / "broken" / "unknown.pdf"));

    // Each error is printed gcc-style, followed by its source line: never torn apart by
    // another thread's output.
    const std::string unknown = (batch.in / "broken" / "unknown.yaml").string();
    CHECK(std::regex_search(result.err, std::regex(std::regex_replace(unknown, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                                                   R"(:\d+:1: error: colour: unknown field\n    colour: blue\n)")));
    CHECK(result.err.find((batch.in / "broken" / "syntax.yaml").string() + ":") != std::string::npos);
    CHECK(result.err.find("brochure: 3 rendered, 0 skipped, 2 failed") != std::string::npos);

    CHECK(batch.statuses() == std::vector<std::string>{
                                  "broken/syntax.yaml invalid_input", "broken/unknown.yaml invalid_input",
                                  "europe/two.yaml rendered", "europe/west/one.yaml rendered", "top.yaml rendered"});
}

TEST_CASE("a batch's PDF is byte for byte the one render writes for the same profile") {
    BatchFolder batch;
    batch.build();
    const fs::path single = batch.dir.path() / "single.pdf";
    const CommandResult render =
        run_command({brochure_executable().string(), "render", (batch.in / "top.yaml").string(), "-o", single.string()});
    REQUIRE(render.exit_code == 0);
    CHECK(read_bytes(single) == read_bytes(batch.out / "top.pdf"));
}

TEST_CASE("profiles of a batch that share image files, or name other files by the same path, each get their own "
          "render's PDF") {
    const TempDir dir("batch-images");
    const fs::path images = source_dir() / "tests" / "images";
    const std::string profile =
        sample_profile_text() + "cover_image: images/cover.jpg\n";  // the sample keeps its description
    // "a" and "b" show one file (three copies), "c" another file under the same name.
    for (const auto& [folder, file] : std::vector<std::pair<std::string, std::string>>{
             {"a", "photo.jpg"}, {"b", "photo.jpg"}, {"b/again", "photo.jpg"}, {"c", "rotated.jpg"}}) {
        fs::create_directories(dir.path() / "in" / folder / "images");
        fs::copy_file(images / file, dir.path() / "in" / folder / "images" / "cover.jpg");
        write_bytes(dir.path() / "in" / folder / "profile.yaml", profile);
    }
    const fs::path out = dir.path() / "out";
    const CommandResult built = run_command(
        {brochure_executable().string(), "build", (dir.path() / "in").string(), "--out", out.string(), "--jobs", "2"});
    INFO("stderr:\n" << built.err);
    REQUIRE(built.exit_code == 0);
    for (const std::string folder : {"a", "b", "b/again", "c"}) {
        INFO(folder);
        const fs::path single = dir.path() / "single.pdf";
        const CommandResult render = run_command({brochure_executable().string(), "render",
                                                  (dir.path() / "in" / folder / "profile.yaml").string(), "-o",
                                                  single.string()});
        REQUIRE(render.exit_code == 0);
        CHECK(read_bytes(single) == read_bytes(out / folder / "profile.pdf"));
    }
    CHECK(read_bytes(out / "a" / "profile.pdf") != read_bytes(out / "c" / "profile.pdf"));

    // The records cover the images as the render read them: a changed image, and only
    // that, renders again.
    const std::vector<std::string> build = {brochure_executable().string(), "build", (dir.path() / "in").string(),
                                            "--out", out.string()};
    CHECK(run_command(build).err.find("0 rendered, 4 skipped") != std::string::npos);
    fs::copy_file(images / "rotated.jpg", dir.path() / "in" / "a" / "images" / "cover.jpg",
                  fs::copy_options::overwrite_existing);
    CHECK(run_command(build).err.find("1 rendered, 3 skipped") != std::string::npos);
    CHECK(read_bytes(out / "a" / "profile.pdf") == read_bytes(out / "c" / "profile.pdf"));
}

TEST_CASE("a second run skips what is up to date and renders what changed or went missing") {
    BatchFolder batch;
    batch.build();

    const CommandResult again = batch.build();
    INFO("stderr:\n" << again.err);
    CHECK(again.exit_code == 1);  // the broken profiles are never skipped
    CHECK(again.err.find("brochure: 0 rendered, 3 skipped, 2 failed") != std::string::npos);

    // A changed profile, a deleted PDF and a PDF edited behind the build's back.
    write_bytes(batch.in / "top.yaml", read_bytes(batch.in / "top.yaml") + "# edited\n");
    fs::remove(batch.out / "europe" / "two.pdf");
    write_bytes(batch.out / "europe" / "west" / "one.pdf", "not the PDF the build wrote");
    const CommandResult third = batch.build();
    CHECK(third.err.find("brochure: 3 rendered, 0 skipped, 2 failed") != std::string::npos);
    CHECK(is_pdf(batch.out / "europe" / "west" / "one.pdf"));
    CHECK(is_pdf(batch.out / "europe" / "two.pdf"));

    const CommandResult fourth = batch.build();
    CHECK(fourth.err.find("brochure: 0 rendered, 3 skipped, 2 failed") != std::string::npos);
    CHECK(batch.statuses()[4] == "top.yaml skipped");

    const CommandResult forced = batch.build({"--force"});
    CHECK(forced.err.find("brochure: 3 rendered, 0 skipped, 2 failed") != std::string::npos);
}

TEST_CASE("a changed option renders everything again") {
    BatchFolder batch;
    batch.build();
    const CommandResult letter = batch.build({"--paper", "letter"});
    INFO("stderr:\n" << letter.err);
    CHECK(letter.err.find("brochure: 3 rendered, 0 skipped, 2 failed") != std::string::npos);
}

TEST_CASE("a missing input is an I/O error (exit 2) that does not stop the others, and --quiet keeps the errors") {
    BatchFolder batch;
    const std::string missing = (batch.dir.path() / "missing").string();
    const CommandResult result = run_command({brochure_executable().string(), "build", (batch.in / "top.yaml").string(),
                                              missing, "--out", batch.out.string(), "--quiet"});
    CHECK(result.exit_code == 2);
    CHECK(is_pdf(batch.out / "top.pdf"));
    CHECK(result.err == missing + ": error: cannot open: no such file or folder\n");
}

TEST_CASE("build refuses a bad --shard, --jobs or a missing --out") {
    BatchFolder batch;
    for (const std::vector<std::string>& argv :
         {std::vector<std::string>{"build", batch.in.string()},
          std::vector<std::string>{"build", batch.in.string(), "--out", "x", "--shard", "3/2"},
          std::vector<std::string>{"build", batch.in.string(), "--out", "x", "--jobs", "0"}}) {
        std::vector<std::string> command = argv;
        command.insert(command.begin(), brochure_executable().string());
        const CommandResult result = run_command(command);
        INFO(argv.back());
        CHECK(result.exit_code == 2);
        CHECK_FALSE(fs::exists("x"));
    }
}

TEST_CASE("the shards of a build render every profile exactly once between them") {
    BatchFolder batch;
    std::vector<std::string> rendered;
    for (const char* shard : {"1/2", "2/2"}) {
        batch.build({"--shard", shard});
        for (const std::string& line : batch.statuses()) rendered.push_back(line);
    }
    std::sort(rendered.begin(), rendered.end());
    CHECK(rendered == std::vector<std::string>{
                          "broken/syntax.yaml invalid_input", "broken/unknown.yaml invalid_input",
                          "europe/two.yaml rendered", "europe/west/one.yaml rendered", "top.yaml rendered"});
}
