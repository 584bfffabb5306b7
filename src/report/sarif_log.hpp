#pragma once
// Diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format),
// which GitHub code scanning and many editors read.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace brochure {

/// One run of the tool `brochure` at `tool_version`: every rule of all_rules() in the
/// driver, then one result per diagnostic with its rule, level, message (hints on lines
/// of their own), and, when known, its file, region (columns in code points, the end
/// exclusive) and field. Indented JSON ending with a newline.
std::string sarif_log(const std::vector<Diagnostic>& diagnostics, const std::string& tool_version);

/// `path` as a URI reference: each byte outside the unreserved characters and "/"
/// percent-encoded ("my profile.yaml" -> "my%20profile.yaml"); an absolute path as a
/// file: URI ("/srv/p.yaml" -> "file:///srv/p.yaml"), a relative one as relative to the
/// folder the command ran in, which code scanning takes for the repository's root.
std::string uri_of_path(const std::string& path);

}  // namespace brochure
