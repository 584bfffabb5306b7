// The SVG worker: librsvg out of brochure's process, and brochure's side of it, which
// turns a worker that crashes, hangs, is missing or answers nonsense into an error for
// that one SVG and starts afresh for the next.

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "image/svg_worker_client.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kLogo =
    "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='20' height='20' fill='red'/></svg>";

// A stand-in for the worker: a shell script, its channel to brochure on fd 0.
fs::path fake_worker(const TempDir& dir, const std::string& name, const std::string& script) {
    const fs::path path = dir.path() / name;
    write_bytes(path, "#!/bin/sh\n" + script);
    ::chmod(path.c_str(), 0755);
    return path;
}

std::size_t lines_of(const fs::path& file) {
    std::ifstream in(file);
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line);) ++lines;
    return lines;
}

}  // namespace

TEST_CASE("the SVG worker measures and draws, and brochure's executable does not load librsvg", "[image][svg]") {
    std::string error;
    const auto size = SvgWorkerClient::shared().measure(kLogo, error);
    INFO(error);
    REQUIRE(size);
    CHECK(size->width == 40);
    CHECK(size->height == 20);
    const std::string samples = SvgWorkerClient::shared().draw(kLogo, 4, 2, error);
    REQUIRE(samples.size() == 4 * 2 * 4);
    CHECK(samples.substr(0, 3) == "\xFF\x00\x00"s);     // the left half is red
    CHECK(samples[3 * 8] == '\xFF');                    // and opaque
    CHECK(samples[3 * 8 + 3] == '\0');                  // the right half is transparent
    CHECK_FALSE(SvgWorkerClient::shared().measure("<svg", error));
    CHECK_THAT(error, Catch::Contains("not a readable SVG file"));

    require_tool("readelf", "binutils");
    const CommandResult linked = run_command({"readelf", "-d", brochure_executable().string()});
    REQUIRE(linked.exit_code == 0);
    CHECK_THAT(linked.out, Catch::Contains("libharfbuzz"));  // the listing is the one meant
    CHECK_THAT(linked.out, !Catch::Contains("librsvg") && !Catch::Contains("libcairo"));
}

TEST_CASE("a worker that crashes is an error for that SVG, and the next SVG starts a new one", "[image][svg]") {
    const TempDir dir("svg-worker");
    const fs::path starts = dir.path() / "starts";
    SvgWorkerClient client(fake_worker(dir, "crashing", "echo started >>'" + starts.string() + "'\nkill -SEGV $$\n"),
                           std::chrono::seconds(20));
    std::string error;
    CHECK_FALSE(client.measure(kLogo, error));
    CHECK_THAT(error, Catch::Contains("ended while reading or drawing the SVG") && Catch::Contains("signal 11"));
    error.clear();
    CHECK(client.draw(kLogo, 4, 2, error).empty());
    CHECK_THAT(error, Catch::Contains("signal 11"));
    CHECK(lines_of(starts) == 2);
}

TEST_CASE("a worker that hangs is given up after its time and killed", "[image][svg]") {
    const TempDir dir("svg-worker");
    SvgWorkerClient client(fake_worker(dir, "hanging", "exec sleep 60\n"), std::chrono::milliseconds(300));
    std::string error;
    CHECK_FALSE(client.measure(kLogo, error));
    CHECK_THAT(error, Catch::Contains("took more than 0.3 s"));
}

TEST_CASE("a missing worker, or one that answers out of turn, is an error that says so", "[image][svg]") {
    const TempDir dir("svg-worker");
    std::string error;
    SvgWorkerClient missing((dir.path() / "no-such-worker").string(), std::chrono::seconds(20));
    CHECK_FALSE(missing.measure(kLogo, error));
    CHECK_THAT(error, Catch::Contains("no-such-worker did not start") && Catch::Contains("No such file"));

    // A reply whose status is no status, then one whose drawing is the wrong size.
    SvgWorkerClient babbling(fake_worker(dir, "babbling", "printf '\\007' >&0\nhead -c 31 /dev/zero >&0\nexec sleep 60\n"),
                             std::chrono::seconds(20));
    error.clear();
    CHECK_FALSE(babbling.measure(kLogo, error));
    CHECK_THAT(error, Catch::Contains("answered out of turn"));
    SvgWorkerClient short_drawing(fake_worker(dir, "short", "head -c 32 /dev/zero >&0\nexec sleep 60\n"),
                                  std::chrono::seconds(20));
    error.clear();
    CHECK(short_drawing.draw(kLogo, 4, 2, error).empty());
    CHECK_THAT(error, Catch::Contains("answered out of turn"));
}

TEST_CASE("a worker started ahead answers the first request, and one never asked is killed and reaped at the end",
          "[image][svg]") {
    SvgWorkerClient ahead((brochure_executable().parent_path() / "brochure-svg").string(), std::chrono::seconds(20));
    ahead.start_ahead();
    std::string error;
    const auto size = ahead.measure(kLogo, error);
    INFO(error);
    REQUIRE(size);
    CHECK(size->width == 40);

    const TempDir dir("svg-worker");
    const fs::path pid_file = dir.path() / "pid";
    {
        SvgWorkerClient idle(fake_worker(dir, "idle", "echo $$ >'" + pid_file.string() + "'\nexec sleep 60\n"),
                             std::chrono::seconds(20));
        idle.start_ahead();
        // The script has written its process id once it runs.
        for (int wait = 0; wait < 200 && lines_of(pid_file) == 0; ++wait) ::usleep(10'000);
        REQUIRE(lines_of(pid_file) == 1);
    }
    // Gone, not a zombie: killed and reaped (waiting for it instead would take the
    // minute its sleep lasts).
    const std::string pid = read_bytes(pid_file).substr(0, read_bytes(pid_file).find('\n'));
    CHECK_FALSE(fs::exists(fs::path("/proc") / pid));
}

TEST_CASE("a size once measured is remembered, for that document only", "[image][svg]") {
    const TempDir dir("svg-worker");
    const fs::path starts = dir.path() / "starts";
    // Answers one measure, 40 × 20 (two little-endian doubles after the status and length),
    // then never again.
    SvgWorkerClient once(fake_worker(dir, "once",
                                     "echo started >>'" + starts.string() + "'\n"
                                     "printf '\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000'"
                                     " >&0\n"
                                     "printf '\\000\\000\\000\\000\\000\\000\\104\\100\\000\\000\\000\\000\\000\\000\\064\\100'"
                                     " >&0\n"
                                     "exec sleep 60\n"),
                         std::chrono::milliseconds(300));
    std::string error;
    const auto first = once.measure(kLogo, error);
    INFO(error);
    REQUIRE(first);
    CHECK(first->width == 40);
    CHECK(first->height == 20);
    const auto again = once.measure(kLogo, error);  // the worker would not answer
    REQUIRE(again);
    CHECK(again->width == 40);
    CHECK(lines_of(starts) == 1);
    CHECK_FALSE(once.measure(std::string(kLogo) + " ", error));  // another document is asked for
}
