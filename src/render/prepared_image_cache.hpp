#pragma once
// Prepared images shared by every document of a process. The profiles of a batch often
// show the same files (one organisation's brochure in several languages, a family of
// sites with one photo library), and preparing a photo (decoding, resampling, encoding)
// is most of a brochure's work; each (file, placement, target) is prepared once.

#include <memory>
#include <string>

#include "render/prepare_image.hpp"

namespace brochure {

/// Bytes of keys, the image files they were made from and prepared images the cache holds at
/// most; the oldest are dropped first. The NATO brochure's images come to 0.6 MB, so a
/// batch's shared images fit several times over while its memory stays bounded.
inline constexpr std::size_t kMaxCachedImageBytes = 4 * 1024 * 1024;

/// Either a prepared image or why there is none (prepare_image's error and fault).
struct PreparedLookup {
    std::shared_ptr<const PreparedImage> prepared;  ///< null on failure
    std::string error;
    bool file_at_fault = false;
};

/// prepare_image(image, placement, policy, photograph), from the process-wide cache or
/// made now, and kept from the second time its key is asked for. What the result depends
/// on is compared exactly: the image file's bytes (DecodedImage::file, an entry keeping
/// the first one's; an image without them is never cached), the crop, the frame's size,
/// the backdrop, the policy and `photograph`. `conversion_owner` must own policy.conversion (it is kept
/// alive with the entry, so that no other conversion can take its address); with a
/// conversion it does not own, nothing is cached. Safe to call from several threads; the
/// result is exactly prepare_image's, so output does not depend on the cache. Failures
/// are not kept.
PreparedLookup shared_prepared_image(const DecodedImage& image, const PlacedImage& placement, const ImagePolicy& policy,
                                     bool photograph, const std::shared_ptr<const CmykConversion>& conversion_owner);

}  // namespace brochure
