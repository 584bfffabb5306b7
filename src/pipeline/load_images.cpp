#include "pipeline/load_images.hpp"

#include <array>
#include <cmath>
#include <filesystem>

#include <fmt/format.h>

#include "io/content_hash.hpp"
#include "io/files.hpp"
#include "model/load_profile.hpp"
#include "render/prepare_image.hpp"

namespace brochure {

std::string image_root(const std::string& profile_path, const std::string& assets_root) {
    if (!assets_root.empty()) return assets_root;
    const std::filesystem::path folder = std::filesystem::path(profile_path).parent_path();
    return folder.empty() ? "." : folder.string();
}

namespace {

Diagnostic located_error(const std::string& file, const std::string& field, const ImagePath& path,
                         const std::string& reason) {
    return Diagnostic{Severity::error, file, path.position, fmt::format("{}: {}: {}", field, path.value, reason), {},
                      Rule::image_unusable, field};
}

// Loads the image at `path` into `images`; its reference, or nothing (then reported).
std::optional<ImageRef> load_one(const Profile& profile, const std::string& root, std::string field,
                                 const ImagePath& path, ProfileImages& images, std::vector<Diagnostic>& diagnostics) {
    const auto fail = [&](const std::string& reason) {
        diagnostics.push_back(located_error(profile.source_path, field, path, reason));
        return std::nullopt;
    };
    ReadResult read = read_file_inside(root, path.value, kMaxImageFileBytes);
    if (!read.ok()) return fail(read.error);
    DecodeResult decoded = decode_image(std::move(read.bytes), path.value);
    if (!decoded.ok()) return fail(decoded.error);
    const ImageRef ref{images.images.size(), decoded.image.width_px, decoded.image.height_px};
    images.images.push_back(ProfileImage{std::move(field), path, std::move(decoded.image)});
    return ref;
}

}  // namespace

ProfileImages load_images(const Profile& profile, const std::string& root, std::vector<Diagnostic>& diagnostics) {
    ProfileImages images;
    if (profile.brand.logo)
        images.placed.logo = load_one(profile, root, "brand.logo", *profile.brand.logo, images, diagnostics);
    if (profile.cover_image)
        images.placed.cover = load_one(profile, root, "cover_image", *profile.cover_image, images, diagnostics);
    for (std::size_t i = 0; i < profile.videos.size(); ++i) {
        const auto& image = profile.videos[i].image;
        images.placed.videos.push_back(
            image ? load_one(profile, root, fmt::format("videos[{}].image", i), *image, images, diagnostics)
                  : std::nullopt);
    }
    return images;
}

Diagnostic image_error(const std::string& file, const ProfileImage& image, const std::string& reason) {
    return located_error(file, image.field, image.path, reason);
}

void warn_of_low_resolution(const Document& document, const ProfileImages& images, const std::string& file,
                            std::vector<Diagnostic>& diagnostics) {
    constexpr double kPointsPerInch = 72;
    std::vector<bool> warned(images.images.size());
    for (const Page& page : document.pages)
        for (const Item& item : page.items) {
            const auto* placement = std::get_if<PlacedImage>(&item);
            if (!placement || warned[placement->image.id]) continue;
            const ProfileImage& image = images.images[placement->image.id];
            const double ppi = placed_ppi(image.decoded, *placement);
            if (ppi >= kLeastPrintPpi) continue;
            warned[placement->image.id] = true;
            const Rect& frame = placement->frame;
            diagnostics.push_back(Diagnostic{
                Severity::warning, file, image.path.position,
                fmt::format("{} is {:.0f} ppi at its printed size ({:.0f} × {:.0f} mm); print needs {:.0f}", image.field,
                            std::floor(ppi), mm_from_pt(frame.width_pt), mm_from_pt(frame.height_pt), kPrintPpi),
                {fmt::format("use an image of at least {:.0f} × {:.0f} pixels, or an SVG",
                             std::ceil(frame.width_pt / kPointsPerInch * kPrintPpi),
                             std::ceil(frame.height_pt / kPointsPerInch * kPrintPpi))},
                Rule::low_resolution, image.field});
        }
}

std::string image_file_hash(const std::string& path, const ContentDigest& file) {
    // The file as its digest: a photo is hashed once for every key that covers it.
    const std::array<std::uint64_t, 2> digest{file.low, file.high};
    return content_hash({path, std::string_view(reinterpret_cast<const char*>(digest.data()), sizeof digest)});
}

std::vector<std::string> image_file_hashes(const std::string& profile_path, const std::string& profile_bytes,
                                           const std::string& assets_root) {
    const LoadResult loaded = load_profile_from_text(profile_bytes, profile_path);
    if (!loaded.profile) return {};
    const Profile& profile = *loaded.profile;
    std::vector<const ImagePath*> paths;
    if (profile.brand.logo) paths.push_back(&*profile.brand.logo);
    if (profile.cover_image) paths.push_back(&*profile.cover_image);
    for (const Video& video : profile.videos)
        if (video.image) paths.push_back(&*video.image);
    std::vector<std::string> hashes;
    const std::string root = image_root(profile_path, assets_root);
    for (const ImagePath* path : paths) {
        const ReadResult read = read_file_inside(root, path->value, kMaxImageFileBytes);
        hashes.push_back(read.ok() ? image_file_hash(path->value, content_digest(read.bytes))
                                   : content_hash({path->value + "\nunreadable: " + read.error}));
    }
    return hashes;
}

}  // namespace brochure
