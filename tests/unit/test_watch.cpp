// brochure watch: renders on every save of the profile or of an image it names, keeps the
// last good PDF while the profile is invalid, and stops cleanly on SIGINT. The test waits
// for each message as it comes, never for a fixed time.

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <regex>
#include <string>

#include "support/child_process.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

using namespace brochure::test;
namespace fs = std::filesystem;

namespace {

// Long enough for a slow, sanitised build under load; a passing run takes far less.
constexpr std::chrono::seconds kPatience{30};

std::string with_tagline(const std::string& profile, const std::string& tagline) {
    return std::regex_replace(profile, std::regex("\ntagline: [^\n]*"), "\ntagline: " + tagline);
}

std::string text_of(const fs::path& pdf) {
    return collapse_whitespace(run_command({"pdftotext", pdf.string(), "-"}).out);
}

}  // namespace

TEST_CASE("watch renders on each save, keeps the last good PDF while the profile is invalid, and stops on SIGINT",
          "[e2e][watch]") {
    require_tool("pdftotext", "poppler-utils");
    const TempDir dir("watch");
    fs::copy(source_dir() / "content" / "images", dir.path() / "images");
    const fs::path profile = dir.path() / "org.yaml";
    const fs::path pdf = dir.path() / "org.pdf";
    const std::string original = read_bytes(sample_profile());
    write_bytes(profile, original);

    ChildProcess watch({brochure_executable().string(), "watch", profile.string(), "-o", pdf.string()});
    REQUIRE(watch.wait_for_err("rendered " + pdf.string(), 1, kPatience));
    CHECK(text_of(pdf).find("Working for peace") != std::string::npos);

    // Saved in place.
    write_bytes(profile, with_tagline(original, "Saved in place"));
    REQUIRE(watch.wait_for_err("rendered " + pdf.string(), 2, kPatience));
    CHECK(text_of(pdf).find("Saved in place") != std::string::npos);
    const std::string good = read_bytes(pdf);

    // Saved with an error: reported at its line, and the PDF left as it was.
    write_bytes(profile, std::regex_replace(original, std::regex("\nfounded: 1949"), "\nfounded: long ago"));
    REQUIRE(watch.wait_for_err("not rendered", 1, kPatience));
    CHECK(watch.err_so_far().find(profile.string() + ":24:10: error: founded: expected a whole number") !=
          std::string::npos);
    CHECK(read_bytes(pdf) == good);

    // Saved as many editors do: a temporary file renamed over the profile.
    const fs::path temporary = dir.path() / ".org.yaml.swp";
    write_bytes(temporary, with_tagline(original, "Saved through a rename"));
    fs::rename(temporary, profile);
    REQUIRE(watch.wait_for_err("rendered " + pdf.string(), 3, kPatience));
    CHECK(text_of(pdf).find("Saved through a rename") != std::string::npos);

    // A change to an image the profile names is a change to the brochure.
    const fs::path logo = dir.path() / "images" / "nato-wordmark.svg";
    write_bytes(logo, read_bytes(logo) + "\n<!-- edited -->\n");
    REQUIRE(watch.wait_for_err("rendered " + pdf.string(), 4, kPatience));

    watch.send_signal(SIGINT);
    const ChildOutcome outcome = watch.wait(kPatience);
    INFO(outcome.err);
    CHECK(outcome.exit_code == 0);
    CHECK(outcome.err.find("stopped watching") != std::string::npos);
    // Nothing left behind but the profile, its images and the PDF.
    CHECK(folder_entries(dir.path()) == std::vector<std::string>{"images", "org.pdf", "org.yaml"});
}

TEST_CASE("watch takes a burst of writes as one save", "[e2e][watch]") {
    const TempDir dir("watch-burst");
    fs::copy(source_dir() / "content" / "images", dir.path() / "images");
    const fs::path profile = dir.path() / "org.yaml";
    const std::string original = read_bytes(sample_profile());
    write_bytes(profile, original);
    ChildProcess watch({brochure_executable().string(), "watch", profile.string()});
    REQUIRE(watch.wait_for_err("rendered ", 1, kPatience));
    // An editor's save: truncate, write, then write the rest, with no pause between.
    for (int i = 0; i < 5; ++i) write_bytes(profile, with_tagline(original, "Burst " + std::to_string(i)));
    REQUIRE(watch.wait_for_err("rendered ", 2, kPatience));
    // One more render could only come from a later event; a second save shows the count.
    write_bytes(profile, with_tagline(original, "After the burst"));
    REQUIRE(watch.wait_for_err("rendered ", 3, kPatience));
    const std::string err = watch.err_so_far();
    std::size_t renders = 0;
    for (std::size_t at = err.find("rendered "); at != std::string::npos; at = err.find("rendered ", at + 1)) ++renders;
    CHECK(renders == 3);
    watch.send_signal(SIGINT);
    CHECK(watch.wait(kPatience).exit_code == 0);
}

TEST_CASE("watch refuses standard input and standard output", "[e2e][watch]") {
    const CommandResult from_stdin = run_command({brochure_executable().string(), "watch", "-", "-o", "x.pdf"});
    CHECK(from_stdin.exit_code == 2);
    CHECK(from_stdin.err.find("watch reads a file") != std::string::npos);
    const CommandResult to_stdout = run_command({brochure_executable().string(), "watch", sample_profile().string(), "-o", "-"});
    CHECK(to_stdout.exit_code == 2);
}
