// Replays fuzz inputs without libFuzzer: every regular file under the folders (or the
// files) named on the command line goes through the fuzz entry once. Built with the
// ordinary compiler, it lets plain CTest run the corpus.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fuzz_entry.hpp"

namespace {

std::vector<std::filesystem::path> files_under(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_regular_file(root)) files.push_back(root);
    if (std::filesystem::is_directory(root)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
            if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::vector<std::filesystem::path> files = files_under(argv[i]);
        // A mistyped or emptied corpus folder would otherwise pass by replaying nothing.
        if (files.empty()) {
            std::fprintf(stderr, "replay_corpus: %s: no input files\n", argv[i]);
            return 1;
        }
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (!in.good() && !in.eof()) {
                std::fprintf(stderr, "replay_corpus: %s: cannot read\n", file.c_str());
                return 1;
            }
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "usage: replay_corpus FOLDER_OR_FILE...\n");
        return 1;
    }
    std::printf("replay_corpus: %zu inputs replayed\n", replayed);
    return 0;
}
