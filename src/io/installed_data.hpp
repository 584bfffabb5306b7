#pragma once
// Where an installed brochure finds its data: beside its own executable, so that a copy
// installed under any prefix, or moved, works (<prefix>/bin/brochure reads
// <prefix>/share/brochure/). A build tree has no such folder and uses the paths it was
// built with.

#include <string>
#include <string_view>

namespace brochure {

/// `relative` inside <the executable's folder>/../share/brochure, when that file or
/// folder exists; empty otherwise.
std::string installed_data_path(std::string_view relative);

/// A helper program of an installed copy (one with the share/brochure folder above):
/// <the executable's folder>/../libexec/brochure/`name`, whether or not it exists, for an
/// installed copy uses its own helpers only; empty for a build tree's executable.
std::string installed_program_path(std::string_view name);

}  // namespace brochure
