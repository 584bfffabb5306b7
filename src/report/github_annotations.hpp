#pragma once
// Diagnostics as GitHub Actions workflow commands, which the Actions log turns into
// annotations on the pull request's lines.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace brochure {

/// "::error file=F,line=L,col=C,endLine=L,endColumn=C,title=BRO101 unknown-field::message",
/// hints on lines of their own within the message; the position left out when unknown.
/// Text is escaped as the workflow-command syntax requires, so that no message can end
/// the command early or start another. Ends with a newline.
std::string github_annotation(const Diagnostic& diagnostic);

/// Every diagnostic's annotation, in order.
std::string github_annotations(const std::vector<Diagnostic>& diagnostics);

}  // namespace brochure
