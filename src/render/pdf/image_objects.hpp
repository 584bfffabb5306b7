#pragma once
// The image XObjects of one document: each placement's pixels prepared for the target
// (render/prepare_image, through the process's render/prepared_image_cache) and embedded
// once, however many pages show them.
//
// libharu's own PNG and JPEG loaders are never used (they crash on damaged files): raw
// pixels go through HPDF_LoadRawImageFromMem, compressed by libharu with Flate, and a
// photo's JPEG bytes into an image stream made through libharu's object API
// (HPDF_DictStream_New in hpdf_objects.h, the document's mmgr and xref from hpdf_doc.h),
// its stream filter set to DCT, which libharu names in /Filter and writes unchanged.

#include <hpdf.h>

#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "layout/document.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/render_pdf.hpp"

namespace brochure {

class ImageObjects {
public:
    /// For the images `layout` places.
    ImageObjects(const HaruDocument& document, const RenderOptions& options, const Document& layout);

    /// The XObject showing `placement`, made on first use. Null, with `error` set, when the
    /// image cannot be prepared or libharu fails.
    HPDF_Image image_for(const PlacedImage& placement, std::string& error);

    /// The image whose file did not decode or draw, once image_for has failed for that
    /// reason.
    const std::optional<ImageFault>& fault() const { return fault_; }

private:
    // Placements of the same part of an image on the same backdrop share one XObject, made
    // for the largest of them: a logo shown large on the cover and small in every header
    // is embedded once, at the cover's resolution, and drawn smaller in the headers. The
    // image, its crop in whole pixels, and the backdrop's colour and inks.
    using Key = std::tuple<std::size_t, long, long, long, long, double, double, double, bool, double, double, double,
                           double>;
    static Key key_of(const PlacedImage& placement);

    HPDF_Image embed(const PreparedImage& prepared, std::string& error) const;
    // An image XObject of raster's size holding `data`: JPEG (/DCTDecode) or deflated
    // samples (/FlateDecode) in `colour_space`. Null when libharu fails.
    HPDF_Image image_stream(const Raster& raster, const char* colour_space, const std::string& data, bool jpeg) const;

    const HaruDocument& document_;
    const RenderOptions& options_;
    std::map<Key, PlacedImage> largest_;  ///< the widest placement of each key
    std::map<Key, HPDF_Image> made_;
    std::optional<ImageFault> fault_;
};

}  // namespace brochure
