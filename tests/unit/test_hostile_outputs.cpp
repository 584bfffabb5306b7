// Hostile input, round two, at the command line: text no font can draw, closed standard
// descriptors, profiles built to produce unbounded diagnostics, outputs that would
// destroy inputs or write through links and onto devices, signals in a wide batch, and
// folders that cannot be read. Whatever comes in, brochure answers in bounded time and
// output, with a located message and the documented exit code, and changes no file it
// was not asked to write.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "support/child_process.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

using namespace brochure::test;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

constexpr int kExitInvalidInput = 1;
constexpr int kExitIo = 2;

// Sanitizers make the program several times slower; the limits are the same contract.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlowdown = 8;
#else
constexpr int kSlowdown = 1;
#endif

std::string sample_text() { return sample_profile_text(); }

// The sample profile with `from` replaced by `to` (which must be there).
std::string sample_with(const std::string& from, const std::string& to) {
    std::string text = sample_text();
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

CommandResult run_brochure(std::vector<std::string> args, const std::vector<std::string>& environment = {}) {
    args.insert(args.begin(), brochure_executable().string());
    return run_command(args, environment);
}

// Files of `folder` whose name says they are a temporary of an atomic write.
std::vector<std::string> temporaries_in(const fs::path& folder) {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.path().filename().string().rfind(".", 0) == 0 && entry.path().filename() != ".brochure-cache")
            found.push_back(entry.path().string());
    return found;
}

}  // namespace

TEST_CASE("a flag emoji or U+FFFF in any text is a located missing-glyph error, not a crash",
          "[e2e][cli][hostile]") {
    TempDir dir("flag");
    const fs::path profile = dir.path() / "flag.yaml";
    write_bytes(profile, sample_with("tagline: Working for peace", "tagline: \"Proud of \U0001F1E7\U0001F1EA \\uFFFF\" #"));
    const CommandResult result = run_brochure({"render", profile.string(), "-o", (dir.path() / "flag.pdf").string()});
    INFO(result.err);
    CHECK(result.exit_code == kExitInvalidInput);
    CHECK(result.err.find(profile.string() + ":8:10: error: tagline: the brochure's fonts have no glyph for U+1F1E7") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir.path() / "flag.pdf"));
}

TEST_CASE("one profile with an emoji fails alone in a batch: the others render and the report lists it",
          "[e2e][cli][hostile]") {
    TempDir dir("flag-batch");
    const fs::path in = dir.path() / "in";
    fs::create_directories(in);
    write_bytes(in / "a.yaml", sample_text());
    write_bytes(in / "b.yaml", sample_with("name: NATO", "name: \"NATO \U0001F600\""));
    write_bytes(in / "c.yaml", sample_text());
    const fs::path report = dir.path() / "report.json";
    const CommandResult result =
        run_brochure({"build", in.string(), "--out", (dir.path() / "out").string(), "--report", report.string()});
    INFO(result.err);
    CHECK(result.exit_code == kExitInvalidInput);
    CHECK(fs::exists(dir.path() / "out" / "a.pdf"));
    CHECK(fs::exists(dir.path() / "out" / "c.pdf"));
    CHECK_FALSE(fs::exists(dir.path() / "out" / "b.pdf"));
    const std::string json = read_bytes(report);
    CHECK(json.find("\"invalid_input\"") != std::string::npos);
    CHECK(json.find("U+1F600") != std::string::npos);
}

TEST_CASE("with its standard descriptors closed, a batch writes valid PDFs and nothing into them",
          "[e2e][cli][hostile]") {
    require_tool("qpdf", "qpdf");
    TempDir dir("closed-fds");
    const fs::path in = dir.path() / "in";
    fs::create_directories(in);
    // Each profile warns (its breakdown falls short of the total): warnings go to stderr.
    for (int i = 0; i < 6; ++i) write_bytes(in / ("p" + std::to_string(i) + ".yaml"), sample_text());
    const fs::path out = dir.path() / "out";
    const CommandResult result = run_command(
        {"sh", "-c", "exec \"$0\" build \"$1\" --out \"$2\" --jobs 3 <&- >&- 2>&-", brochure_executable().string(),
         in.string(), out.string()});
    CHECK(result.exit_code == 0);
    for (int i = 0; i < 6; ++i) {
        const fs::path pdf = out / ("p" + std::to_string(i) + ".pdf");
        REQUIRE(fs::exists(pdf));
        const std::string bytes = read_bytes(pdf);
        CHECK(bytes.find("warning") == std::string::npos);
        const CommandResult check = run_command({"qpdf", "--check", pdf.string()});
        INFO(check.out << check.err);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("a 1 MiB profile built to be wrong everywhere is diagnosed in bounded time and output",
          "[e2e][cli][hostile]") {
    TempDir dir("diagnostics");
    // One line of ~116,000 duplicate keys, and a list of 30,000 wrong entries.
    std::string one_line = "{";
    while (one_line.size() < 1024 * 1024 - 16) one_line += "name: x, ";
    one_line += "name: x}\n";
    std::string many_lines = "values:\n";
    while (many_lines.size() < 1024 * 1024 - 16) many_lines += "  - [a]\n";
    for (const auto& [name, text] : {std::pair{"one_line.yaml", one_line}, std::pair{"many_lines.yaml", many_lines}}) {
        INFO(name);
        const fs::path profile = dir.path() / name;
        write_bytes(profile, text);
        REQUIRE(fs::file_size(profile) <= 1024 * 1024);
        const ChildOutcome outcome =
            run_with_time_limit({brochure_executable().string(), "check", profile.string()}, milliseconds(20000));
        REQUIRE_FALSE(outcome.timed_out);
        CHECK(outcome.exit_code == kExitInvalidInput);
        CHECK(outcome.elapsed < milliseconds(2000 * kSlowdown));
        CHECK(outcome.err.size() < 100 * 1024);
        CHECK(outcome.err.find("more not shown (") != std::string::npos);
        // Every quoted source line is cut to a window.
        for (std::size_t start = 0, end; (end = outcome.err.find('\n', start)) != std::string::npos; start = end + 1)
            CHECK(end - start < 400);
    }
}

TEST_CASE("an output that is an input, a link, a pipe or a folder is refused and nothing changes",
          "[e2e][cli][hostile]") {
    TempDir dir("dangerous-outputs");
    const fs::path profile = dir.path() / "p.yaml";
    write_bytes(profile, sample_text());
    const fs::path victim = dir.path() / "victim.txt";
    write_bytes(victim, "keep me\n");
    fs::create_symlink(victim, dir.path() / "link.pdf");
    REQUIRE(::mkfifo((dir.path() / "pipe.pdf").c_str(), 0600) == 0);
    fs::create_directory(dir.path() / "folder.pdf");
    const brochure::FontFiles fonts = project_fonts();
    const std::string font_before = read_bytes(fonts.regular);

    for (const fs::path& output : {profile, dir.path() / "link.pdf", dir.path() / "pipe.pdf",
                                   dir.path() / "folder.pdf", fs::path(fonts.regular)}) {
        INFO(output);
        const CommandResult result = run_brochure({"render", profile.string(), "-o", output.string()});
        CHECK(result.exit_code == kExitIo);
        CHECK(result.err.rfind(output.string() + ": error: ", 0) == 0);
    }
    CHECK(read_bytes(profile) == sample_text());
    CHECK(read_bytes(victim) == "keep me\n");
    CHECK(fs::is_symlink(dir.path() / "link.pdf"));
    CHECK(fs::is_fifo(dir.path() / "pipe.pdf"));
    CHECK(read_bytes(fonts.regular) == font_before);
    CHECK(temporaries_in(dir.path()).empty());

    SECTION("a profile named x.pdf is not replaced by its own default output") {
        const fs::path odd = dir.path() / "x.pdf";
        write_bytes(odd, sample_text());
        const CommandResult result = run_brochure({"render", odd.string()});
        CHECK(result.exit_code == kExitIo);
        CHECK(read_bytes(odd) == sample_text());
    }
    SECTION("a device node, as root") {
        if (::geteuid() != 0) return;  // only root can make one
        const fs::path device = dir.path() / "null.pdf";
        REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        const CommandResult result = run_brochure({"render", profile.string(), "-o", device.string()});
        CHECK(result.exit_code == kExitIo);
        struct stat info {};
        REQUIRE(::lstat(device.c_str(), &info) == 0);
        CHECK(S_ISCHR(info.st_mode));
    }
}

TEST_CASE("build reports never replace a profile or a PDF of the batch", "[e2e][cli][hostile]") {
    TempDir dir("dangerous-reports");
    const fs::path in = dir.path() / "in";
    const fs::path out = dir.path() / "out";
    fs::create_directories(in);
    write_bytes(in / "a.yaml", sample_text());
    const CommandResult first = run_brochure({"build", in.string(), "--out", out.string(), "--report", (in / "a.yaml").string()});
    CHECK(first.exit_code == kExitIo);
    CHECK(first.err.find((in / "a.yaml").string() + ": error: ") != std::string::npos);
    CHECK(read_bytes(in / "a.yaml") == sample_text());
    const std::string pdf = read_bytes(out / "a.pdf");
    const CommandResult second = run_brochure({"build", in.string(), "--out", out.string(), "--junit", (out / "a.pdf").string()});
    CHECK(second.exit_code == kExitIo);
    CHECK(read_bytes(out / "a.pdf") == pdf);
    // A batch output that is a profile of the batch (a profile given by name, written beside itself).
    write_bytes(in / "b.pdf", sample_text());
    const CommandResult third = run_brochure({"build", (in / "b.pdf").string(), "--out", in.string()});
    CHECK(third.exit_code == kExitIo);
    CHECK(read_bytes(in / "b.pdf") == sample_text());
}

TEST_CASE("build records are never written through a planted link", "[e2e][cli][hostile]") {
    TempDir dir("planted-links");
    const fs::path in = dir.path() / "in";
    const fs::path out = dir.path() / "out";
    fs::create_directories(in);
    fs::create_directories(out / ".brochure-cache");
    write_bytes(in / "a.yaml", sample_text());
    const fs::path victim = dir.path() / "victim.txt";
    write_bytes(victim, "keep me\n");
    fs::create_symlink(victim, out / ".brochure-cache" / "a.pdf.key");
    fs::create_symlink(victim, out / ".brochure-cache" / "a.pdf.key.partial");
    const CommandResult result = run_brochure({"build", in.string(), "--out", out.string()});
    INFO(result.err);
    CHECK(read_bytes(victim) == "keep me\n");
    CHECK(fs::exists(out / "a.pdf"));
}

TEST_CASE("a rendered file keeps its permissions, and names up to 255 bytes work", "[e2e][cli][hostile]") {
    TempDir dir("modes");
    const fs::path profile = dir.path() / "p.yaml";
    write_bytes(profile, sample_text());
    for (const fs::perms mode : {fs::perms::owner_read | fs::perms::owner_write,
                                 fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read}) {
        const fs::path pdf = dir.path() / "kept.pdf";
        write_bytes(pdf, "%PDF-1.4 old\n");
        fs::permissions(pdf, mode);
        const CommandResult result = run_brochure({"render", profile.string(), "-o", pdf.string()});
        INFO(result.err);
        CHECK(result.exit_code == 0);
        CHECK(fs::status(pdf).permissions() == mode);
        CHECK(read_bytes(pdf).rfind("%PDF-1.7", 0) == 0);
        fs::permissions(pdf, fs::perms::owner_all);
    }
    for (const std::size_t length : {248, 252, 255}) {
        const fs::path pdf = dir.path() / (std::string(length - 4, 'n') + ".pdf");
        const CommandResult result = run_brochure({"render", profile.string(), "-o", pdf.string()});
        INFO(length << ": " << result.err);
        CHECK(result.exit_code == 0);
        CHECK(fs::exists(pdf));
    }
    CHECK(temporaries_in(dir.path()).empty());
}

TEST_CASE("a signal in the middle of a batch of 16 jobs leaves no temporary", "[e2e][cli][hostile]") {
    const int signal_number = GENERATE(SIGINT, SIGTERM, SIGHUP, SIGPIPE);
    INFO("signal " << signal_number);
    TempDir dir("wide-batch");
    const fs::path in = dir.path() / "in";
    const fs::path out = dir.path() / "out";
    fs::create_directories(in);
    for (int i = 0; i < 48; ++i) write_bytes(in / ("p" + std::to_string(i) + ".yaml"), sample_text());
    int interrupted = 0;
    for (const int delay_ms : {30, 80, 150, 300}) {
        fs::remove_all(out);
        ChildProcess child({brochure_executable().string(), "build", in.string(), "--out", out.string(), "--jobs",
                            "16", "--quiet"});
        std::this_thread::sleep_for(milliseconds(delay_ms * kSlowdown));
        child.send_signal(signal_number);
        const ChildOutcome outcome = child.wait(milliseconds(30000));
        REQUIRE_FALSE(outcome.timed_out);
        interrupted += outcome.signal == signal_number;
        if (fs::exists(out)) CHECK(temporaries_in(out).empty());
    }
    CHECK(interrupted > 0);
}

TEST_CASE("printed text is validated: NUL escapes, controls and unprintable or spoofing URLs are located errors",
          "[e2e][cli][hostile]") {
    TempDir dir("printed");
    const std::string url = "url: https://www.nato.int/video/discover-nato-hq";
    const std::string sample = sample_text();
    const auto line_of = [&](const std::string& text) {
        return ":" + std::to_string(std::count(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(sample.find(text)), '\n') + 1);
    };
    const struct {
        const char* name;
        std::string text;
        std::string expected;
    } cases[] = {
        {"nul", sample_with("name: NATO", "name: \"NA\\0TO\""), ":6:7: error: name: contains the control character U+0000"},
        {"escape", sample_with("name: NATO", "name: \"NA\\eTO\""), ":6:7: error: name: contains the control character U+001B"},
        {"c1", sample_with("name: NATO", "name: \"NA\\x85TO\""), ":6:7: error: name: contains the control character U+0085"},
        {"raw control", sample_with("name: NATO", "name: NA\x1bTO"), ":6:9: error: the file contains the control character U+001B"},
        {"cjk url", sample_with(url, "url: https://www.nato.int/\u89C6\u9891"), line_of(url) + ":10: error: videos[0].url: the brochure's fonts have no glyph for U+89C6"},
        {"bidi url", sample_with(url, "url: https://www.nato.int/\u202Egpj.exe"), line_of(url) + ":10: error: videos[0].url: must not contain the bidirectional control U+202E"},
    };
    for (const auto& hostile : cases) {
        INFO(hostile.name);
        const fs::path profile = dir.path() / (std::string(hostile.name) + ".yaml");
        write_bytes(profile, hostile.text);
        const CommandResult result = run_brochure({"render", profile.string(), "-o", (dir.path() / "x.pdf").string()});
        INFO(result.err);
        CHECK(result.exit_code == kExitInvalidInput);
        CHECK(result.err.find(profile.string() + hostile.expected) != std::string::npos);
        // What is printed of the profile never holds a raw control or bidi character.
        CHECK(result.err.find('\x1b') == std::string::npos);
        CHECK(result.err.find("\u202E") == std::string::npos);
        CHECK_FALSE(fs::exists(dir.path() / "x.pdf"));
    }
}

TEST_CASE("an upper-case scheme is accepted and printed short", "[e2e][cli][hostile]") {
    require_tool("pdftotext", "poppler-utils");
    TempDir dir("scheme");
    const fs::path profile = dir.path() / "p.yaml";
    write_bytes(profile, sample_with("url: https://www.nato.int/video/discover-nato-hq",
                                     "url: HTTPS://WWW.nato.int/video/discover-nato-hq"));
    const fs::path pdf = dir.path() / "p.pdf";
    const CommandResult result = run_brochure({"render", profile.string(), "-o", pdf.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const CommandResult text = run_command({"pdftotext", pdf.string(), "-"});
    CHECK(text.out.find("nato.int/video/discover-nato-hq") != std::string::npos);
    CHECK(text.out.find("HTTPS") == std::string::npos);
}

TEST_CASE("a font whose PostScript name holds spaces still gives a valid PDF", "[e2e][cli][hostile]") {
    require_tool("qpdf", "qpdf");
    TempDir dir("postscript-name");
    const brochure::FontFiles fonts = project_fonts();
    for (const std::string* path : {&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic})
        fs::copy_file(*path, dir.path() / fs::path(*path).filename());
    // The name table holds "NotoSans-Regular" in UTF-16BE; a space in its place is what
    // some fonts ship.
    std::string font = read_bytes(dir.path() / "NotoSans-Regular.ttf");
    const std::string utf16_dash = std::string("s\0-\0R", 5);
    std::size_t replaced = 0;
    for (std::size_t at = font.find(utf16_dash); at != std::string::npos; at = font.find(utf16_dash, at + 1)) {
        font[at + 2] = ' ';
        ++replaced;
    }
    REQUIRE(replaced > 0);
    write_bytes(dir.path() / "NotoSans-Regular.ttf", font);
    const fs::path pdf = dir.path() / "p.pdf";
    const CommandResult result =
        run_brochure({"render", sample_profile().string(), "--fonts", dir.path().string(), "-o", pdf.string()});
    REQUIRE(result.exit_code == 0);
    const CommandResult check = run_command({"qpdf", "--check", pdf.string()});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.err.find("WARNING") == std::string::npos);
}

TEST_CASE("SOURCE_DATE_EPOCH past the year 9999 is a usage error", "[e2e][cli][hostile]") {
    TempDir dir("epoch");
    const fs::path pdf = dir.path() / "p.pdf";
    for (const std::string epoch : {"253402300800", "99999999999999999999", "-1", "1e9"}) {
        INFO(epoch);
        const CommandResult result = run_brochure({"render", sample_profile().string(), "-o", pdf.string()},
                                              {"SOURCE_DATE_EPOCH=" + epoch});
        CHECK(result.exit_code == kExitIo);
        CHECK(result.err.find("SOURCE_DATE_EPOCH: error: ") == 0);
        CHECK_FALSE(fs::exists(pdf));
    }
    const CommandResult last = run_brochure({"render", sample_profile().string(), "-o", pdf.string()},
                                        {"SOURCE_DATE_EPOCH=253402300799"});
    CHECK(last.exit_code == 0);
    CHECK(unpacked_objects(pdf).find("D:99991231235959") != std::string::npos);
}

TEST_CASE("a folder that cannot be read is one failure, and the rest of the batch is found and rendered",
          "[e2e][cli][hostile]") {
    // Root reads every folder: the build runs as nobody, which setpriv arranges.
    if (::geteuid() == 0) require_tool("setpriv", "util-linux");
    TempDir dir("unreadable-folder");
    const fs::path in = dir.path() / "in";
    const fs::path out = dir.path() / "out";
    fs::create_directories(in / "a");
    fs::create_directories(in / "locked");
    fs::create_directories(in / "z");
    fs::create_directories(out);
    write_bytes(in / "a" / "one.yaml", sample_text());
    write_bytes(in / "locked" / "hidden.yaml", sample_text());
    write_bytes(in / "z" / "two.yaml", sample_text());
    std::vector<std::string> command = {brochure_executable().string(), "build", in.string(), "--out", out.string()};
    if (::geteuid() == 0) {
        for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
            REQUIRE(::chown(entry.path().c_str(), 65534, 65534) == 0);
        REQUIRE(::chown(dir.path().c_str(), 65534, 65534) == 0);
        command.insert(command.begin(), {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
    }
    fs::permissions(in / "locked", fs::perms::none);
    const CommandResult result = run_command(command);
    fs::permissions(in / "locked", fs::perms::owner_all);
    INFO(result.err);
    CHECK(result.exit_code == kExitIo);
    CHECK(result.err.find((in / "locked").string() + ": error: cannot search the folder") != std::string::npos);
    CHECK(fs::exists(out / "a" / "one.pdf"));
    CHECK(fs::exists(out / "z" / "two.pdf"));
}

TEST_CASE("two builds into one folder at once both succeed and leave no temporary", "[e2e][cli][hostile]") {
    TempDir dir("two-builds");
    const fs::path in = dir.path() / "in";
    const fs::path out = dir.path() / "out";
    fs::create_directories(in);
    for (int i = 0; i < 8; ++i) write_bytes(in / ("p" + std::to_string(i) + ".yaml"), sample_text());
    const std::vector<std::string> command = {brochure_executable().string(), "build", in.string(), "--out",
                                              out.string(),    "--force", "--quiet"};
    ChildProcess first(command), second(command);
    const ChildOutcome a = first.wait(milliseconds(60000)), b = second.wait(milliseconds(60000));
    INFO(a.err << b.err);
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    CHECK(temporaries_in(out).empty());
}
