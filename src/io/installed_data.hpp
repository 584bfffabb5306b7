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

}  // namespace brochure
