#include "pipeline/load_images.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "io/files.hpp"

namespace brochure {

std::string image_root(const std::string& profile_path, const std::string& assets_root) {
    if (!assets_root.empty()) return assets_root;
    const std::filesystem::path folder = std::filesystem::path(profile_path).parent_path();
    return folder.empty() ? "." : folder.string();
}

namespace {

// Loads the image at `path` into `images`; its reference, or nothing (then reported).
std::optional<ImageRef> load_one(const Profile& profile, const std::string& root, std::string field,
                                 const ImagePath& path, ProfileImages& images, std::vector<Diagnostic>& diagnostics) {
    const auto fail = [&](const std::string& reason) {
        diagnostics.push_back(Diagnostic{Severity::error, profile.source_path, path.position,
                                         fmt::format("{}: {}: {}", field, path.value, reason), {}});
        return std::nullopt;
    };
    ReadResult read = read_file_inside(root, path.value, kMaxImageFileBytes);
    if (!read.ok()) return fail(read.error);
    DecodeResult decoded = decode_image(read.bytes, path.value);
    if (!decoded.ok()) return fail(decoded.error);
    const ImageRef ref{images.images.size(), decoded.image.width_px, decoded.image.height_px};
    images.images.push_back(ProfileImage{std::move(field), path, std::move(read.bytes), std::move(decoded.image)});
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

}  // namespace brochure
