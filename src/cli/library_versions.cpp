#include "cli/library_versions.hpp"

#include <hb.h>
#include <hpdf_version.h>
#include <jconfig.h>
#include <lcms2.h>
#include <spng.h>
#include <unicode/uvernum.h>
#include <yaml.h>
#include <zlib.h>

#include <fmt/format.h>

namespace brochure {

std::string library_versions() {
    // lcms2, libjpeg-turbo and fmt give their versions as numbers: 2140 is 2.14, 2001005
    // is 2.1.5, 90100 is 9.1.0.
    const std::string lcms = fmt::format("{}.{}", LCMS_VERSION / 1000, LCMS_VERSION % 1000 / 10);
    const int jpeg = LIBJPEG_TURBO_VERSION_NUMBER;
    const std::string jpeg_version = fmt::format("{}.{}.{}", jpeg / 1000000, jpeg / 1000 % 1000, jpeg % 1000);
    const std::string fmt_version =
        fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION % 10000 / 100, FMT_VERSION % 100);
    // qrcodegen has no version in its headers, and librsvg is the SVG worker's: CMake
    // found them.
    return fmt::format(
        "  libyaml {}\n  ICU {}\n  HarfBuzz {}\n  qrcodegen {}\n"
        "  libspng {}\n  libjpeg-turbo {}\n  librsvg {}\n  Little CMS {}\n  libharu {}\n  zlib {}\n  fmt {}\n",
        yaml_get_version_string(), U_ICU_VERSION, HB_VERSION_STRING, BROCHURE_QRCODEGEN_VERSION,
        spng_version_string(), jpeg_version, BROCHURE_LIBRSVG_VERSION, lcms, HPDF_VERSION_TEXT, ZLIB_VERSION,
        fmt_version);
}

}  // namespace brochure
