#include "render/pdf/flate_filter.hpp"

#include <hpdf_objects.h>

namespace brochure {

HPDF_STATUS name_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace brochure
