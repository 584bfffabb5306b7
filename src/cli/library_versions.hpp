#pragma once
// The libraries the executable was built with, for --version: what a bug report needs.

#include <string>

namespace brochure {

/// One line per library, "  libharu 2.3.0", in the order of the pipeline's stages.
std::string library_versions();

}  // namespace brochure
