// Reading inputs with limits, and writes that either fully replace a file or leave it be.

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "io/files.hpp"

using namespace brochure;
namespace fs = std::filesystem;

namespace {

struct ScratchFolder {
    fs::path path;
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "files-test-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~ScratchFolder() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
    int entry_count() const {
        int count = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(path)) ++count;
        return count;
    }
};

std::string contents_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void put(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

}  // namespace

TEST_CASE("read_file returns a file's bytes", "[io]") {
    const ScratchFolder scratch;
    const std::string bytes("name: Café\n\0binary\xff", 20);
    put(scratch.file("profile.yaml"), bytes);
    const ReadResult result = read_file(scratch.file("profile.yaml"), 1000);
    REQUIRE(result.ok());
    CHECK(result.bytes == bytes);
    CHECK(read_file(scratch.file("profile.yaml"), bytes.size()).ok());
}

TEST_CASE("read_file refuses missing files, folders and files over the limit", "[io]") {
    const ScratchFolder scratch;
    const ReadResult missing = read_file(scratch.file("absent.yaml"), 1000);
    CHECK_FALSE(missing.ok());
    CHECK(missing.error == "cannot open: No such file or directory");

    const ReadResult folder = read_file(scratch.path.string(), 1000);
    CHECK_FALSE(folder.ok());
    CHECK(folder.error == "is a directory");

    put(scratch.file("big.yaml"), std::string(101, 'x'));
    const ReadResult big = read_file(scratch.file("big.yaml"), 100);
    CHECK_FALSE(big.ok());
    CHECK(big.error == "is 101 bytes, over the limit of 100 bytes");
    CHECK(big.bytes.empty());

    if (::geteuid() != 0) {  // root reads anything
        put(scratch.file("secret.yaml"), "x");
        fs::permissions(scratch.file("secret.yaml"), fs::perms::none);
        CHECK(read_file(scratch.file("secret.yaml"), 100).error == "cannot open: Permission denied");
    }
}

TEST_CASE("a successful write replaces the file and leaves nothing else", "[io]") {
    const ScratchFolder scratch;
    const std::string target = scratch.file("brochure.pdf");
    put(target, "old contents");
    const std::string bytes = "%PDF-1.3 new contents\n%%EOF\n";
    CHECK(write_file_atomically(target, bytes).empty());
    CHECK(contents_of(target) == bytes);
    CHECK(scratch.entry_count() == 1);

    // The new file is readable by others, as a file made with open(2) would be under the
    // usual umask, not 0600 as mkstemp makes it.
    struct stat info {};
    REQUIRE(::stat(target.c_str(), &info) == 0);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    CHECK((info.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("a write into a missing folder fails and creates nothing", "[io]") {
    const ScratchFolder scratch;
    const std::string reason = write_file_atomically(scratch.file("absent/brochure.pdf"), "bytes");
    CHECK(reason.find("No such file or directory") != std::string::npos);
    CHECK(scratch.entry_count() == 0);
}

TEST_CASE("a failed write leaves the existing target intact and no temporary behind", "[io]") {
    const ScratchFolder scratch;
    // The target is a non-empty folder: rename(2) cannot replace it.
    const std::string target = scratch.file("brochure.pdf");
    fs::create_directory(target);
    put(target + "/keep.txt", "keep me\n");
    const std::string reason = write_file_atomically(target, "new bytes");
    CHECK_FALSE(reason.empty());
    CHECK(contents_of(target + "/keep.txt") == "keep me\n");
    CHECK(scratch.entry_count() == 1);
}

TEST_CASE("a write into a read-only folder leaves the existing file byte for byte", "[io]") {
    if (::geteuid() == 0) return;  // root writes anywhere
    const ScratchFolder scratch;
    const std::string target = scratch.file("brochure.pdf");
    const std::string old_bytes("old\0pdf", 7);
    put(target, old_bytes);
    fs::permissions(scratch.path, fs::perms::owner_read | fs::perms::owner_exec);
    const std::string reason = write_file_atomically(target, "new bytes");
    fs::permissions(scratch.path, fs::perms::owner_all);
    CHECK(reason.find("Permission denied") != std::string::npos);
    CHECK(contents_of(target) == old_bytes);
    CHECK(scratch.entry_count() == 1);
}

TEST_CASE("SIGTERM during writes leaves no temporary file behind", "[io]") {
    const ScratchFolder scratch;
    const std::string target = scratch.file("brochure.pdf");
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        install_cleanup_on_signals();
        const std::string bytes(4 * 1024 * 1024, 'x');
        for (;;) write_file_atomically(target, bytes);  // until the signal ends it
    }
    ::usleep(200 * 1000);
    REQUIRE(::kill(child, SIGTERM) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    // The child died of the signal itself, not of an exit the handler made up.
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    for (const auto& entry : fs::directory_iterator(scratch.path))
        CHECK(entry.path().filename().string() == "brochure.pdf");
}
