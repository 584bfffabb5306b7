// Image paths a profile from anywhere may write: they stay inside the profile's folder
// (or --assets), whatever their spelling or the links on their way, and every refusal is
// an error at the field's line.

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "io/files.hpp"
#include "model/image_path.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure;
using namespace brochure::test;

namespace {

// The sample profile with brand.logo set to `logo` (quoted as YAML), in `folder`.
fs::path profile_with_logo(const fs::path& folder, const std::string& logo) {
    std::string text = sample_profile_text();
    const std::string accent = "  accent: \"#f2a900\"\n";
    const std::size_t at = text.find(accent);
    REQUIRE(at != std::string::npos);
    text.insert(at + accent.size(), "  logo: '" + logo + "'\n");
    const fs::path path = folder / "profile.yaml";
    write_bytes(path, text);
    return path;
}

CommandResult render(const fs::path& profile, const fs::path& pdf, std::vector<std::string> more = {}) {
    std::vector<std::string> argv = {brochure_executable().string(), "render", profile.string(), "-o", pdf.string()};
    argv.insert(argv.end(), more.begin(), more.end());
    return run_command(argv);
}

}  // namespace

TEST_CASE("an image path is relative, without '..', backslashes or a trailing slash", "[image][paths]") {
    CHECK_FALSE(check_image_path("logo.svg"));
    CHECK_FALSE(check_image_path("images/logo.svg"));
    CHECK_FALSE(check_image_path("images/..logo/x..png"));  // dots inside a name are fine
    CHECK(check_image_path("/etc/shadow")->message == "\"/etc/shadow\" is not relative to the profile's folder");
    CHECK(check_image_path("~/.ssh/id_rsa"));
    CHECK(check_image_path("../secret.png")->message == "\"../secret.png\" leaves the profile's folder through \"..\"");
    CHECK(check_image_path("images/../../x.png"));
    CHECK(check_image_path("images/.."));
    CHECK(check_image_path("images\\logo.png"));
    CHECK(check_image_path("images/"));
    CHECK(check_image_path(std::string(256, 'a')));
}

TEST_CASE("a file reached through a link out of the folder is refused, one inside is read", "[image][paths]") {
    const TempDir dir("inside");
    fs::create_directories(dir.path() / "root" / "images");
    write_bytes(dir.path() / "secret.txt", "secret");
    write_bytes(dir.path() / "root" / "images" / "logo.png", "inside");
    fs::create_symlink(dir.path() / "secret.txt", dir.path() / "root" / "escape.png");
    fs::create_directory_symlink(dir.path(), dir.path() / "root" / "up");
    fs::create_symlink("images/logo.png", dir.path() / "root" / "alias.png");
    const std::string root = (dir.path() / "root").string();

    CHECK(read_file_inside(root, "images/logo.png", 100).bytes == "inside");
    CHECK(read_file_inside(root, "alias.png", 100).bytes == "inside");
    const ReadResult escape = read_file_inside(root, "escape.png", 100);
    CHECK(escape.bytes.empty());
    CHECK_THAT(escape.error, Catch::StartsWith("leads out of the folder"));
    CHECK_THAT(read_file_inside(root, "up/secret.txt", 100).error, Catch::StartsWith("leads out of the folder"));
    CHECK_THAT(read_file_inside(root, "absent.png", 100).error, Catch::StartsWith("cannot open"));
    CHECK_THAT(read_file_inside(root, "images/logo.png", 3).error, Catch::Contains("over the limit"));
}

TEST_CASE("hostile image paths and files are errors at the field's line, and write nothing", "[image][paths][e2e]") {
    const TempDir dir("hostile-images");
    const fs::path images = source_dir() / "tests" / "images";
    fs::create_directories(dir.path() / "outside");
    write_bytes(dir.path() / "outside" / "secret.png", read_bytes(images / "logo-rgba.png"));
    const fs::path folder = dir.path() / "profile";
    fs::create_directories(folder);
    for (const std::string name :
         {"truncated.png", "truncated.jpg", "bomb.png", "bomb.jpg", "jpeg-named.png", "text-named.png", "broken.svg"})
        fs::copy_file(images / name, folder / name);
    fs::create_symlink(dir.path() / "outside" / "secret.png", folder / "link.png");
    fs::create_symlink("/etc/hostname", folder / "system.png");
    fs::create_directory(folder / "a-folder.png");

    const std::vector<std::pair<std::string, std::string>> cases = {
        {"../outside/secret.png", "leaves the profile's folder through \"..\""},
        {"/etc/passwd", "is not relative to the profile's folder"},
        {"link.png", "leads out of the folder"},
        {"system.png", "leads out of the folder"},
        {"missing.png", "cannot open"},
        {"a-folder.png", "is a directory"},
        {"truncated.png", "not a readable PNG file"},
        {"truncated.jpg", "not a readable JPEG file"},  // found as the logo's pixels are decoded
        {"bomb.png", "too large"},
        {"bomb.jpg", "too large"},
        {"jpeg-named.png", "the file is JPEG, but its name says PNG"},
        {"text-named.png", "not a PNG, JPEG or SVG file"},
        {"broken.svg", "not a readable SVG file"},
    };
    for (const auto& [logo, reason] : cases) {
        INFO(logo);
        const fs::path profile = profile_with_logo(folder, logo);
        const fs::path pdf = dir.path() / "out.pdf";
        const CommandResult result = render(profile, pdf);
        CHECK(result.exit_code == 1);
        const std::regex located(R"(profile\.yaml:\d+:9: error: brand\.logo: )");
        CHECK(std::regex_search(result.err, located));
        CHECK_THAT(result.err, Catch::Contains(reason));
        CHECK_FALSE(fs::exists(pdf));
    }
}

TEST_CASE("the option --assets names the folder image paths are relative to, and still keeps them inside", "[image][paths][e2e]") {
    const TempDir dir("assets");
    fs::create_directories(dir.path() / "brand");
    fs::copy_file(source_dir() / "tests" / "images" / "logo.svg", dir.path() / "brand" / "logo.svg");
    const fs::path profile = profile_with_logo(dir.path(), "logo.svg");
    const fs::path pdf = dir.path() / "out.pdf";
    CHECK(render(profile, pdf).exit_code == 1);  // not beside the profile
    const CommandResult with_assets = render(profile, pdf, {"--assets", (dir.path() / "brand").string()});
    INFO(with_assets.err);
    CHECK(with_assets.exit_code == 0);
    CHECK(fs::exists(pdf));
    const fs::path escaping = profile_with_logo(dir.path(), "../profile.yaml");
    CHECK(render(escaping, pdf, {"--assets", (dir.path() / "brand").string()}).exit_code == 1);
}
