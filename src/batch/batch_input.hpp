#pragma once
// Finding the profiles of a batch and where each one's PDF goes.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace brochure {

/// One profile of a batch and the PDF it becomes.
struct BatchInput {
    std::string profile_path;   ///< the profile, as reached from the path the user gave
    std::string relative_path;  ///< its path below the folder it was found in ("eu/nato.yaml"); a file given by name keeps only its name
    std::string output_path;    ///< OUT_DIR/relative_path with .pdf instead of .yaml
};

/// The profiles found and the arguments that named none.
struct Discovery {
    std::vector<BatchInput> inputs;     ///< in argument order; each folder's profiles sorted by relative path
    std::vector<Diagnostic> problems;   ///< missing paths, outputs claimed twice; one error each
};

/// Expands `paths` (files, or folders searched recursively for *.yaml) into the profiles
/// of a batch writing below `out_dir`. A second profile mapped to an output already
/// claimed is left out with a problem, so no two renders write the same file.
Discovery discover_inputs(const std::vector<std::string>& paths, const std::string& out_dir);

}  // namespace brochure
