#pragma once
// A stream whose data brochure deflated itself: libharu, its own filter off, writes the
// bytes as they are, and this hook names the filter it would otherwise leave unnamed.

#include <hpdf.h>

namespace brochure {

/// For a stream's `write_fn`: adds /Filter /FlateDecode to its dictionary.
HPDF_STATUS name_flate_filter(HPDF_Dict, HPDF_Stream stream);

}  // namespace brochure
