// Hostile input at the command line: files that are not profiles at all, or are built to
// hurt a parser, and signals in the middle of a render. Whatever comes in, brochure must
// answer with one error line naming the file and the documented exit code (1 invalid
// input, 2 I/O), never crash or hang, and never write, damage or leave behind a file.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <functional>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "support/child_process.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

using namespace brochure::test;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

// Far above any honest run, even under sanitizers: past it the process counts as hung.
constexpr milliseconds kTimeLimit{10000};

constexpr int kExitInvalidInput = 1;
constexpr int kExitIo = 2;

struct HostileCase {
    std::string name;
    std::string file_name;                     ///< the profile's name in the input folder
    int exit_code;                             ///< as documented in --help
    std::function<void(const fs::path&)> make;  ///< creates the input (or leaves it missing)
};

void write_text(const std::string& text, const fs::path& path) { write_bytes(path, text); }

std::string alias_bomb() {
    std::string yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 9; ++level) {
        const std::string previous = "*a" + std::to_string(level - 1);
        yaml += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
        for (int i = 0; i < 9; ++i) yaml += (i ? ", " : "") + previous;
        yaml += "]\n";
    }
    return yaml;
}

std::vector<HostileCase> hostile_cases() {
    const auto text = [](std::string content) {
        return [content](const fs::path& path) { write_text(content, path); };
    };
    return {
        {"an empty file", "empty.yaml", kExitInvalidInput, text("")},
        {"a list at the root", "list.yaml", kExitInvalidInput, text("- name: NATO\n- name: OSCE\n")},
        {"a scalar at the root", "scalar.yaml", kExitInvalidInput, text("just a sentence\n")},
        {"two documents", "two.yaml", kExitInvalidInput, text("name: NATO\n---\nname: OSCE\n")},
        {"invalid UTF-8", "latin1.yaml", kExitInvalidInput, text("name: Organisation du Trait\xe9\n")},
        {"NUL bytes", "nul.yaml", kExitInvalidInput, text(std::string("name: NA\0TO\n", 12))},
        {"tabs in indentation", "tabs.yaml", kExitInvalidInput, text("staff:\n\ttotal: 3\n")},
        {"deep flow nesting", "deep_flow.yaml", kExitInvalidInput, text("name: " + std::string(100000, '['))},
        {"deep block nesting", "deep_block.yaml", kExitInvalidInput, [](const fs::path& path) {
             std::string yaml;
             for (int depth = 0; depth < 600; ++depth) yaml += std::string(depth, ' ') + "a:\n";
             write_text(yaml, path);
         }},
        {"an alias bomb", "bomb.yaml", kExitInvalidInput, text(alias_bomb())},
        {"a file over 1 MiB", "huge.yaml", kExitIo, text("# " + std::string(1024 * 1024, 'x') + "\n")},
        {"a directory", "folder.yaml", kExitIo, [](const fs::path& path) { fs::create_directory(path); }},
        {"a missing file", "missing.yaml", kExitIo, [](const fs::path&) {}},
        {"a symlink loop", "loop.yaml", kExitIo, [](const fs::path& path) { fs::create_symlink(path, path); }},
        // Opening a FIFO for reading waits for a writer: a reader that opens first hangs.
        {"a named pipe", "pipe.yaml", kExitIo, [](const fs::path& path) {
             REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
         }},
    };
}

// The lines of stderr that state an error.
std::vector<std::string> error_lines(const std::string& err) {
    std::vector<std::string> found;
    for (const std::string& line : lines_of(err))
        if (line.find("error: ") != std::string::npos) found.push_back(line);
    return found;
}

std::string regex_escaped(const std::string& text) {
    return std::regex_replace(text, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)");
}

// The checks every run on hostile input must pass: ended by itself in time, with the
// expected code, one error line naming `profile` and no sanitizer report.
void check_refused(const ChildOutcome& outcome, const fs::path& profile, int exit_code) {
    INFO("stderr:\n" << outcome.err);
    REQUIRE_FALSE(outcome.timed_out);
    CHECK(outcome.signal == 0);
    CHECK(outcome.exit_code == exit_code);
    CHECK(outcome.err.find("Sanitizer") == std::string::npos);
    CHECK(outcome.err.find("runtime error") == std::string::npos);
    const auto errors = error_lines(outcome.err);
    REQUIRE(errors.size() == 1);
    CHECK(std::regex_match(errors.front(),
                           std::regex(regex_escaped(profile.string()) + "(:[0-9]+:[0-9]+)?: error: \\S.*")));
}

// Runs one hostile case in a fresh folder: `render -o` over an earlier PDF, `render` to
// the default output beside the profile, and `check`.
void run_hostile_case(const HostileCase& hostile) {
    TempDir dir("hostile");
    const fs::path inputs = dir.path() / "in";
    const fs::path outputs = dir.path() / "out";
    const fs::path temporaries = dir.path() / "tmp";
    for (const fs::path& folder : {inputs, outputs, temporaries}) fs::create_directory(folder);
    const fs::path profile = inputs / hostile.file_name;
    hostile.make(profile);
    const fs::path pdf = outputs / "brochure.pdf";
    const std::string earlier = "%PDF-1.7 an earlier brochure that a refused render must not touch\n";
    write_bytes(pdf, earlier);
    const auto inputs_before = folder_entries(inputs);
    // Temporaries of any stage would land here, where the test can see them.
    const std::vector<std::string> environment = {"TMPDIR=" + temporaries.string()};
    const std::string program = brochure_executable().string();

    SECTION("render -o over an earlier PDF") {
        check_refused(run_with_time_limit({program, "render", profile.string(), "-o", pdf.string()}, kTimeLimit,
                                          environment),
                      profile, hostile.exit_code);
        CHECK(read_bytes(pdf) == earlier);
        CHECK(folder_entries(outputs) == std::vector<std::string>{"brochure.pdf"});
    }
    SECTION("render to the default output beside the profile") {
        check_refused(run_with_time_limit({program, "render", profile.string()}, kTimeLimit, environment), profile,
                      hostile.exit_code);
        CHECK(folder_entries(inputs) == inputs_before);
    }
    SECTION("check") {
        check_refused(run_with_time_limit({program, "check", profile.string()}, kTimeLimit, environment), profile,
                      hostile.exit_code);
    }
    CHECK(folder_entries(temporaries).empty());
}

}  // namespace

TEST_CASE("hostile input gives one error line naming the file and the documented exit code and writes nothing",
          "[e2e][cli][hostile]") {
    for (const HostileCase& hostile : hostile_cases()) {
        DYNAMIC_SECTION(hostile.name) { run_hostile_case(hostile); }
    }
}

TEST_CASE("an unreadable profile exits 2 naming it and writes nothing", "[e2e][cli][hostile]") {
    if (::geteuid() == 0) {
        // chmod 000 does not stop root, so the case cannot be staged here.
        WARN("running as root, which can read any file: the unreadable-file case is skipped");
        return;
    }
    run_hostile_case({"an unreadable file", "locked.yaml", kExitIo, [](const fs::path& path) {
                          write_text("name: NATO\n", path);
                          fs::permissions(path, fs::perms::none);
                      }});
}

TEST_CASE("SIGINT or SIGTERM at any moment of a render leaves the earlier PDF or the new one and no temporary",
          "[e2e][cli][hostile]") {
    const int signal_number = GENERATE(SIGINT, SIGTERM);
    INFO("signal " << signal_number);
    TempDir dir("interrupted");
    const fs::path outputs = dir.path() / "out";
    const fs::path temporaries = dir.path() / "tmp";
    fs::create_directory(outputs);
    fs::create_directory(temporaries);
    const fs::path pdf = outputs / "brochure.pdf";
    const std::vector<std::string> command = {brochure_executable().string(), "render", sample_profile().string(),
                                              "-o", pdf.string()};
    // Renders are byte-identical without SOURCE_DATE_EPOCH, so the new PDF is known.
    const std::vector<std::string> environment = {"TMPDIR=" + temporaries.string()};
    // The fastest of a few renders: the first one of a process pays for cold caches.
    milliseconds render_time = kTimeLimit;
    for (int run = 0; run < 3; ++run) {
        const ChildOutcome uninterrupted = run_with_time_limit(command, kTimeLimit, environment);
        INFO("stderr:\n" << uninterrupted.err);
        REQUIRE(uninterrupted.exit_code == 0);
        render_time = std::min(render_time, uninterrupted.elapsed);
    }
    const std::string rendered = read_bytes(pdf);
    const std::string earlier = "%PDF-1.7 the earlier brochure\n";

    // Delays from 0 to past the end of a whole render, so the signal lands before the
    // handlers are installed, while loading, laying out, rendering, writing, and after.
    constexpr int kSteps = 30;
    const auto span = render_time * 5 / 4;
    int killed_with_earlier = 0, killed_with_new = 0, finished = 0;
    for (int step = 0; step <= kSteps; ++step) {
        write_bytes(pdf, earlier);
        ChildProcess child(command, environment);
        std::this_thread::sleep_for(span * step / kSteps);
        child.send_signal(signal_number);
        const ChildOutcome outcome = child.wait(kTimeLimit);
        INFO("step " << step << " of " << kSteps << ", signal after " << (span * step / kSteps).count()
                     << " ms; stderr:\n" << outcome.err);
        REQUIRE_FALSE(outcome.timed_out);
        const std::string left = read_bytes(pdf);
        CHECK((left == earlier || left == rendered));
        CHECK(folder_entries(outputs) == std::vector<std::string>{"brochure.pdf"});
        CHECK(folder_entries(temporaries).empty());
        if (outcome.signal == signal_number) {
            ++(left == earlier ? killed_with_earlier : killed_with_new);
        } else {
            // Too late for the signal: a complete, successful render.
            CHECK(outcome.signal == 0);
            CHECK(outcome.exit_code == 0);
            CHECK(left == rendered);
            ++finished;
        }
    }
    INFO("killed before the PDF was replaced: " << killed_with_earlier << ", killed after: " << killed_with_new
                                                << ", finished: " << finished);
    // Otherwise every signal came too late and nothing was tested.
    CHECK(killed_with_earlier > 0);
}
