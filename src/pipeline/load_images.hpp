#pragma once
// The images a profile names, read from inside its folder (or the --assets folder) and
// decoded, each problem a diagnostic at the field that names the file.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "design/brochure_images.hpp"
#include "image/decode_image.hpp"
#include "model/profile.hpp"

namespace brochure {

/// One image of the profile, decoded, with the field that named it.
struct ProfileImage {
    std::string field;       ///< e.g. "brand.logo", "videos[1].image"
    ImagePath path;          ///< as written, with its position
    std::string file_bytes;  ///< the file as read: the build's key hashes it
    DecodedImage decoded;
};

struct ProfileImages {
    std::vector<ProfileImage> images;  ///< ImageRef::id indexes this list
    BrochureImages placed;             ///< what the layout is given
};

/// The folder image paths are relative to: `assets_root` when given, else the folder of
/// the profile at `profile_path`.
std::string image_root(const std::string& profile_path, const std::string& assets_root);

/// Reads and decodes every image `profile` names, relative to `root`. A file that cannot
/// be read (absent, outside `root`, too large) or decoded is an error at its field in
/// `diagnostics`; the others are still loaded.
ProfileImages load_images(const Profile& profile, const std::string& root, std::vector<Diagnostic>& diagnostics);

}  // namespace brochure
