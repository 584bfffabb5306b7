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
    DecodedImage decoded;
};

struct ProfileImages {
    std::vector<ProfileImage> images;  ///< ImageRef::id indexes this list
    BrochureImages placed;             ///< what the layout is given
};

/// The folder image paths are relative to: `assets_root` when given, else the folder of
/// the profile at `profile_path`.
std::string image_root(const std::string& profile_path, const std::string& assets_root);

/// What each target asks of images: screens 150 ppi (sharp on a laptop, small in an
/// e-mail), print 300 ppi, an image up to half as sharp again kept rather than resampled.
inline constexpr double kScreenPpi = 150;
inline constexpr double kPrintPpi = 300;
inline constexpr double kPrintResampleAbovePpi = 1.5 * kPrintPpi;
/// Below this resolution at its printed size, an image is warned about for print, as a
/// print shop's preflight would.
inline constexpr double kLeastPrintPpi = 250;

/// Reads and decodes every image `profile` names, relative to `root` (a JPEG's header
/// only). A file that cannot be read (absent, outside `root`, too large) or decoded is an
/// error at its field in `diagnostics`; the others are still loaded.
ProfileImages load_images(const Profile& profile, const std::string& root, std::vector<Diagnostic>& diagnostics);

/// The error at `image`'s field in the profile at `file`, saying `reason`: what loading
/// reports, and what the render reports for an image whose data turns out damaged as its
/// pixels are decoded.
Diagnostic image_error(const std::string& file, const ProfileImage& image, const std::string& reason);

/// A warning at its field for each of `images` that `document` places at less than
/// kLeastPrintPpi; `file` is the profile's path.
void warn_of_low_resolution(const Document& document, const ProfileImages& images, const std::string& file,
                            std::vector<Diagnostic>& diagnostics);

/// The hash of one image file as a build's key covers it: its path and its contents
/// (`file`, the content_digest of its bytes).
std::string image_file_hash(const std::string& path, const ContentDigest& file);

/// image_file_hash of every image file the profile `profile_bytes` (at `profile_path`)
/// names, or of its path and why it cannot be read: what a build's key must cover beside
/// the profile (ProfileOutcome::image_file_hashes, once a render has read them). Empty
/// for a profile that does not load.
std::vector<std::string> image_file_hashes(const std::string& profile_path, const std::string& profile_bytes,
                                           const std::string& assets_root);

}  // namespace brochure
