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
    ImageObjects(const HaruDocument& document, const RenderOptions& options) : document_(document), options_(options) {}

    /// The XObject showing `placement`, made on first use. Null, with `error` set, when the
    /// image cannot be prepared or libharu fails.
    HPDF_Image image_for(const PlacedImage& placement, std::string& error);

    /// The image whose file did not decode or draw, once image_for has failed for that
    /// reason.
    const std::optional<ImageFault>& fault() const { return fault_; }

private:
    // Placements that show the same pixels share one XObject: the image, its crop and its
    // size at the target's resolution, in whole pixels.
    using Key = std::tuple<std::size_t, long, long, long, long, long, long>;

    HPDF_Image embed(const PreparedImage& prepared, std::string& error) const;

    const HaruDocument& document_;
    const RenderOptions& options_;
    std::map<Key, HPDF_Image> made_;
    std::optional<ImageFault> fault_;
};

}  // namespace brochure
