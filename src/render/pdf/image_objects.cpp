#include "render/pdf/image_objects.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <cmath>

#include <fmt/format.h>

#include "render/pdf/flate_filter.hpp"
#include "render/prepared_image_cache.hpp"

namespace brochure {

namespace {

long whole(double value) { return std::lround(value); }

}  // namespace

ImageObjects::Key ImageObjects::key_of(const PlacedImage& placement) {
    const Rect& crop = placement.crop_px;
    const Color& backdrop = placement.backdrop;
    const Cmyk inks = backdrop.print.value_or(Cmyk{});
    return {placement.image.id, whole(crop.left_pt), whole(crop.top_pt), whole(crop.width_pt), whole(crop.height_pt),
            backdrop.red, backdrop.green, backdrop.blue, backdrop.print.has_value(), inks.cyan, inks.magenta,
            inks.yellow, inks.black};
}

ImageObjects::ImageObjects(const HaruDocument& document, const RenderOptions& options, const Document& layout)
    : document_(document), options_(options) {
    for (const Page& page : layout.pages)
        for (const Item& item : page.items)
            if (const auto* placement = std::get_if<PlacedImage>(&item)) {
                const auto [found, added] = largest_.emplace(key_of(*placement), *placement);
                if (!added && placement->frame.width_pt > found->second.frame.width_pt) found->second = *placement;
            }
}

HPDF_Image ImageObjects::image_for(const PlacedImage& shown, std::string& error) {
    const Key key = key_of(shown);
    if (const auto made = made_.find(key); made != made_.end()) return made->second;
    const auto largest = largest_.find(key);
    const PlacedImage& placement = largest == largest_.end() ? shown : largest->second;
    if (placement.image.id >= options_.images.size() || !options_.images[placement.image.id].image) {
        error = fmt::format("the document places image {}, which it was not given", placement.image.id);
        return nullptr;
    }
    const RenderImage& source = options_.images[placement.image.id];
    const PreparedLookup lookup =
        shared_prepared_image(*source.image, placement, options_.image_policy, source.photograph, options_.conversion);
    if (!lookup.prepared) {
        error = lookup.error;
        if (lookup.file_at_fault) fault_ = ImageFault{placement.image.id, error};
        return nullptr;
    }
    HPDF_Image image = embed(*lookup.prepared, error);
    if (image) made_.emplace(key, image);
    return image;
}

HPDF_Image ImageObjects::embed(const PreparedImage& prepared, std::string& error) const {
    const Raster& raster = prepared.raster;
    const bool jpeg = !prepared.jpeg.empty();
    HPDF_Image image = image_stream(raster, raster.format == PixelFormat::rgb ? "DeviceRGB" : "DeviceCMYK",
                                    jpeg ? prepared.jpeg : prepared.deflated_colour, jpeg);
    if (!image) {
        error = document_.failure("embedding an image");
        return nullptr;
    }
    if (!prepared.deflated_alpha.empty()) {
        HPDF_Image mask = image_stream(raster, "DeviceGray", prepared.deflated_alpha, false);
        if (!mask || HPDF_Image_AddSMask(image, mask) != HPDF_OK) {
            error = document_.failure("embedding an image's transparency");
            return nullptr;
        }
    }
    return image;
}

HPDF_Image ImageObjects::image_stream(const Raster& raster, const char* colour_space, const std::string& data,
                                      bool jpeg) const {
    HPDF_Doc pdf = document_.handle();
    // An image stream as libharu's loaders make one, holding bytes it does not touch.
    HPDF_Image image = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!image) return nullptr;
    image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;  // what HPDF_Page_DrawImage checks
    if (jpeg) {
        // libharu writes /Filter from this when it saves the stream (and drops a /Filter
        // entry of our own); DCT is written as it is, never re-encoded.
        image->filter = HPDF_STREAM_FILTER_DCT_DECODE;
    } else {
        // Deflated already: written as it is, its filter named by the hook.
        image->filter = HPDF_STREAM_FILTER_NONE;
        image->write_fn = name_flate_filter;
    }
    const bool made = HPDF_Dict_AddName(image, "Type", "XObject") == HPDF_OK &&
                      HPDF_Dict_AddName(image, "Subtype", "Image") == HPDF_OK &&
                      HPDF_Dict_AddNumber(image, "Width", raster.width) == HPDF_OK &&
                      HPDF_Dict_AddNumber(image, "Height", raster.height) == HPDF_OK &&
                      HPDF_Dict_AddName(image, "ColorSpace", colour_space) == HPDF_OK &&
                      HPDF_Dict_AddNumber(image, "BitsPerComponent", 8) == HPDF_OK &&
                      HPDF_Stream_Write(image->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                        static_cast<HPDF_UINT>(data.size())) == HPDF_OK;
    return made ? image : nullptr;
}

}  // namespace brochure
