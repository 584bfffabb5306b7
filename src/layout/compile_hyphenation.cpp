// Run while brochure is built: compiles libhyphen dictionaries into the automata that
// layout/compiled_patterns reads back, one OUT_DIR/<file name>.patterns per dictionary
// (links are followed, so a file named twice is compiled once).
//
// usage: compile_hyphenation OUT_DIR DICTIONARY...

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <hyphen.h>

#include "layout/compiled_patterns.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: compile_hyphenation OUT_DIR DICTIONARY...\n");
        return 2;
    }
    const fs::path out_dir = argv[1];
    std::error_code error;
    fs::create_directories(out_dir, error);
    if (error) {
        std::fprintf(stderr, "compile_hyphenation: %s: %s\n", out_dir.c_str(), error.message().c_str());
        return 1;
    }
    std::set<fs::path> done;
    for (int i = 2; i < argc; ++i) {
        const fs::path file = fs::canonical(argv[i], error);
        if (error || !done.insert(file).second) continue;
        std::ifstream in(file, std::ios::binary);
        const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        HyphenDict* dictionary = hnj_hyphen_load(file.c_str());
        // A dictionary libhyphen cannot load is loaded (and refused) at run time as before.
        if (!dictionary) {
            std::fprintf(stderr, "compile_hyphenation: %s: libhyphen cannot load it; skipped\n", file.c_str());
            continue;
        }
        const std::string compiled = brochure::compile_patterns(*dictionary, source);
        hnj_hyphen_free(dictionary);
        if (compiled.empty()) continue;
        const fs::path target = out_dir / (file.filename().string() + ".patterns");
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out.write(compiled.data(), static_cast<std::streamsize>(compiled.size()));
        if (!out) {
            std::fprintf(stderr, "compile_hyphenation: cannot write %s\n", target.c_str());
            return 1;
        }
    }
    return 0;
}
