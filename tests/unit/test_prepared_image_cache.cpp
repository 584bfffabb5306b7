// The process-wide cache of prepared images: a hit only when everything the result
// depends on is the same, and then exactly what prepare_image makes.

#include <catch2/catch.hpp>

#include "image/decode_image.hpp"
#include "io/files.hpp"
#include "layout/image_fit.hpp"
#include "render/pdf/output_intents.hpp"
#include "render/prepared_image_cache.hpp"
#include "support/files.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

DecodedImage fixture(const std::string& name) {
    DecodeResult result = decode_image(read_bytes(source_dir() / "tests" / "images" / name), name);
    REQUIRE(result.ok());
    return std::move(result.image);
}

}  // namespace

TEST_CASE("an image asked for again with the same file, placement and target is shared, and made anew when any differs",
          "[image][cache]") {
    const DecodedImage photo = fixture("photo.jpg");
    const DecodedImage other = fixture("progressive.jpg");  // the same size, other bytes
    const ImageRef ref{0, photo.width_px, photo.height_px};
    const PlacedImage wide = cover_frame(ref, Rect{0, 0, 120, 40}, Color{1, 1, 1});
    const PlacedImage square = cover_frame(ref, Rect{0, 0, 60, 60}, Color{1, 1, 1});
    const ImagePolicy screen{150, 150, false, nullptr};

    // Made the first time, made again and kept the second, shared from then on.
    const PreparedLookup once = shared_prepared_image(photo, wide, screen, true, nullptr);
    REQUIRE(once.prepared);
    const PreparedLookup first = shared_prepared_image(photo, wide, screen, true, nullptr);
    REQUIRE(first.prepared);
    CHECK(first.prepared != once.prepared);
    const DecodedImage copy = photo;  // another copy of the same file
    CHECK(shared_prepared_image(copy, wide, screen, true, nullptr).prepared == first.prepared);
    std::string error;
    const PreparedImage direct = prepare_image(photo, wide, screen, true, error);
    REQUIRE(error.empty());
    CHECK(first.prepared->jpeg == direct.jpeg);
    CHECK(first.prepared->raster.width == direct.raster.width);
    CHECK(first.prepared->raster.height == direct.raster.height);

    CHECK(shared_prepared_image(other, wide, screen, true, nullptr).prepared != first.prepared);
    CHECK(shared_prepared_image(photo, square, screen, true, nullptr).prepared != first.prepared);
    CHECK(shared_prepared_image(photo, wide, screen, false, nullptr).prepared != first.prepared);
    const ImagePolicy sharper{300, 300, false, nullptr};
    CHECK(shared_prepared_image(photo, wide, sharper, true, nullptr).prepared != first.prepared);
    PlacedImage on_red = wide;
    on_red.backdrop = Color{1, 0, 0};
    CHECK(shared_prepared_image(photo, on_red, screen, true, nullptr).prepared != first.prepared);
}

TEST_CASE("a conversion the caller does not own, and a failure, are never cached", "[image][cache]") {
    const DecodedImage photo = fixture("photo.jpg");
    const PlacedImage wide = cover_frame({0, photo.width_px, photo.height_px}, Rect{0, 0, 120, 40}, Color{1, 1, 1});
    const ReadResult icc = read_file(installed_icc_profile_path(ColorSpace::device_cmyk), 16 * 1024 * 1024);
    REQUIRE(icc.ok());
    std::string error;
    const std::shared_ptr<const CmykConversion> conversion = CmykConversion::from_profile(icc.bytes, error);
    REQUIRE(conversion);
    const ImagePolicy print{300, 450, true, conversion.get()};
    shared_prepared_image(photo, wide, print, false, nullptr);
    const PreparedLookup unowned = shared_prepared_image(photo, wide, print, false, nullptr);
    REQUIRE(unowned.prepared);
    CHECK(shared_prepared_image(photo, wide, print, false, nullptr).prepared != unowned.prepared);
    shared_prepared_image(photo, wide, print, false, conversion);  // seen once: not kept yet
    const PreparedLookup owned = shared_prepared_image(photo, wide, print, false, conversion);
    REQUIRE(owned.prepared);
    CHECK(shared_prepared_image(photo, wide, print, false, conversion).prepared == owned.prepared);
    CHECK(!owned.prepared->deflated_colour.empty());
    CHECK(owned.prepared->deflated_colour == unowned.prepared->deflated_colour);

    const DecodedImage truncated = fixture("truncated.jpg");
    const PlacedImage whole = contain_in_frame({0, truncated.width_px, truncated.height_px}, Rect{0, 0, 60, 60},
                                               Color{1, 1, 1});
    for (int attempt = 0; attempt < 2; ++attempt) {
        const PreparedLookup failed = shared_prepared_image(truncated, whole, ImagePolicy{}, true, nullptr);
        CHECK_FALSE(failed.prepared);
        CHECK(failed.file_at_fault);
        CHECK_THAT(failed.error, Catch::Contains("not a readable JPEG file"));
    }
}
