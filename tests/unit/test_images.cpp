// Image files decoded by our own code: every kind of PNG and JPEG the brochure accepts,
// SVG, and the hostile files it must refuse with a sentence rather than a crash. The
// fixtures are in tests/images (tests/images/README.md says how each was made).

#include <array>

#include <catch2/catch.hpp>

#include "image/decode_image.hpp"
#include "image/encode_jpeg.hpp"
#include "image/raster.hpp"
#include "support/files.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

DecodeResult decode_fixture(const std::string& name) {
    return decode_image(read_bytes(source_dir() / "tests" / "images" / name), name);
}

// The sample at (x, y), channel c.
int sample(const Raster& raster, int x, int y, int c) {
    return raster.samples[(static_cast<std::size_t>(y) * raster.width + x) * channel_count(raster.format) + c];
}

}  // namespace

TEST_CASE("PNGs of every colour type and depth decode to 8-bit RGB, with alpha only when some pixel is transparent",
          "[image]") {
    SECTION("RGBA with a soft edge") {
        const DecodeResult logo = decode_fixture("logo-rgba.png");
        REQUIRE(logo.ok());
        CHECK(logo.image.format == ImageFormat::png);
        CHECK(logo.image.width_px == 200);
        CHECK(logo.image.height_px == 50);
        const Raster& raster = logo.image.raster;
        REQUIRE(raster.alpha.size() == 200 * 50);
        CHECK(raster.alpha[0] == 0);              // outside the bar
        CHECK(raster.alpha[20 * 200 + 9] == 128);  // its soft edge
        CHECK(raster.alpha[20 * 200 + 100] == 255);
        CHECK(sample(raster, 100, 20, 2) == 120);
    }
    SECTION("a palette with a transparent entry") {
        const DecodeResult palette = decode_fixture("palette.png");
        REQUIRE(palette.ok());
        const Raster& raster = palette.image.raster;
        CHECK(raster.alpha.at(0) == 0);     // index 0 is transparent
        CHECK(raster.alpha.at(15) == 255);  // index 1 (x 10 to 19) is red, opaque
        CHECK(sample(raster, 15, 0, 0) == 255);
        CHECK(sample(raster, 15, 0, 1) == 0);
    }
    SECTION("16-bit grey, opaque") {
        const DecodeResult grey = decode_fixture("gray16.png");
        REQUIRE(grey.ok());
        const Raster& raster = grey.image.raster;
        CHECK(raster.format == PixelFormat::rgb);
        CHECK(raster.alpha.empty());
        CHECK(sample(raster, 0, 0, 0) == 0);
        CHECK(sample(raster, 63, 0, 0) == 255);
        CHECK(sample(raster, 63, 0, 1) == 255);
    }
    SECTION("Adam7 interlacing") {
        const DecodeResult interlaced = decode_fixture("interlaced.png");
        REQUIRE(interlaced.ok());
        const Raster& raster = interlaced.image.raster;
        REQUIRE(raster.width == 16);
        CHECK(sample(raster, 1, 1, 1) == 30);    // the checkerboard's red square
        CHECK(sample(raster, 5, 1, 1) == 255);   // its white square
        CHECK(sample(raster, 5, 5, 1) == 30);
    }
}

// A JPEG's pixels at full size, or at least `width` × `height`.
Raster jpeg_pixels(const DecodeResult& decoded, int width = 0, int height = 0) {
    std::string error;
    Raster raster = pixels_at_least(decoded.image, width, height, error);
    REQUIRE(error.empty());
    return raster;
}

TEST_CASE("JPEGs decode baseline or progressive, turned upright by their EXIF orientation", "[image]") {
    const DecodeResult baseline = decode_fixture("photo.jpg");
    REQUIRE(baseline.ok());
    CHECK(baseline.image.format == ImageFormat::jpeg);
    CHECK(baseline.image.width_px == 300);
    CHECK(baseline.image.height_px == 200);
    // The gradient: red grows to the right, green downwards.
    const Raster photo = jpeg_pixels(baseline);
    REQUIRE(photo.width == 300);
    CHECK(sample(photo, 290, 5, 0) > 230);
    CHECK(sample(photo, 5, 190, 1) > 230);

    const DecodeResult progressive = decode_fixture("progressive.jpg");
    REQUIRE(progressive.ok());
    CHECK(progressive.image.width_px == 300);

    // Orientation 6: stored 300 wide, shown 200 wide; the stored top-left corner (dark
    // red and green) is shown at the top right.
    const DecodeResult rotated = decode_fixture("rotated.jpg");
    REQUIRE(rotated.ok());
    CHECK(rotated.image.width_px == 200);
    CHECK(rotated.image.height_px == 300);
    const Raster upright = jpeg_pixels(rotated);
    CHECK(sample(upright, 195, 2, 0) < 25);
    CHECK(sample(upright, 195, 2, 1) < 25);
    CHECK(sample(upright, 2, 2, 1) > 230);
}

TEST_CASE("a JPEG is decoded at the smallest eighth of its size that gives the pixels asked for", "[image]") {
    const DecodeResult baseline = decode_fixture("photo.jpg");  // 300 × 200
    REQUIRE(baseline.ok());
    CHECK(baseline.image.raster.samples.empty());  // its header read at load, decoded when placed
    const Raster half = jpeg_pixels(baseline, 140, 90);  // 4/8 gives 150 × 100
    CHECK(half.width == 150);
    CHECK(half.height == 100);
    CHECK(sample(half, 145, 2, 0) > 230);
    const Raster eighth = jpeg_pixels(baseline, 1, 1);
    CHECK(eighth.width == 38);  // 300 / 8, rounded up
    CHECK(jpeg_pixels(baseline, 301, 10).width == 300);  // never more than the file has
    // Turned a quarter: the size asked is upright, the scale chosen on the stored sides.
    const DecodeResult rotated = decode_fixture("rotated.jpg");  // shown 200 × 300
    const Raster turned = jpeg_pixels(rotated, 100, 150);
    CHECK(turned.width == 100);
    CHECK(turned.height == 150);
}

namespace {

// `jpeg` with an EXIF block (APP1) saying `orientation`, inserted after its SOI marker.
std::string with_orientation(const std::string& jpeg, int orientation) {
    // "Exif\0\0", a little-endian TIFF header, and IFD0 with the one entry 0x0112 (SHORT).
    const unsigned char exif[] = {'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0,
                                  1, 0, 0, 0, static_cast<unsigned char>(orientation), 0, 0, 0, 0, 0, 0, 0};
    const std::size_t length = sizeof exif + 2;
    std::string marker = {'\xFF', '\xE1', static_cast<char>(length >> 8), static_cast<char>(length & 0xFF)};
    marker.append(reinterpret_cast<const char*>(exif), sizeof exif);
    return jpeg.substr(0, 2) + marker + jpeg.substr(2);
}

}  // namespace

TEST_CASE("part of a JPEG decodes to the same pixels as the whole, in each of the eight orientations", "[image]") {
    // A stored image of 96 × 64 with detail everywhere, so that any misplaced pixel shows.
    Raster stored{96, 64, PixelFormat::rgb, {}, {}};
    for (int y = 0; y < stored.height; ++y)
        for (int x = 0; x < stored.width; ++x)
            stored.samples.insert(stored.samples.end(), {static_cast<std::uint8_t>(x * 2), static_cast<std::uint8_t>(y * 3),
                                                         static_cast<std::uint8_t>((x * 7 + y * 13) % 256)});
    const std::string plain = encode_jpeg(stored, 90);
    REQUIRE_FALSE(plain.empty());
    for (int orientation = 1; orientation <= 8; ++orientation) {
        const DecodeResult decoded = decode_image(with_orientation(plain, orientation), "turned.jpg");
        REQUIRE(decoded.ok());
        const bool quarter_turn = orientation >= 5;
        REQUIRE(decoded.image.width_px == (quarter_turn ? 64 : 96));
        const Rect region{decoded.image.width_px * 0.3, decoded.image.height_px * 0.55, decoded.image.width_px * 0.25,
                          decoded.image.height_px * 0.2};
        for (const int least_width : {0, 30}) {  // full size, and the 4/8 scale
            INFO("orientation " << orientation << ", at least " << least_width << " pixels across");
            const int least_height = least_width == 0 ? 0 : 1;
            std::string error;
            const Raster whole = pixels_at_least(decoded.image, least_width, least_height, error);
            const PixelRegion part = region_at_least(decoded.image, least_width, least_height, region, error);
            REQUIRE(error.empty());
            CHECK(part.scale_across == Approx(whole.width / decoded.image.width_px));
            CHECK(part.scale_down == Approx(whole.height / decoded.image.height_px));
            // It covers the region, and holds less than the whole.
            CHECK(part.left <= region.left_pt * part.scale_across);
            CHECK(part.top <= region.top_pt * part.scale_down);
            CHECK(part.left + part.raster.width >= region.right_pt() * part.scale_across);
            CHECK(part.top + part.raster.height >= region.bottom_pt() * part.scale_down);
            CHECK(part.raster.samples.size() < whole.samples.size());
            // Every pixel the region covers is as the whole image has it.
            const int first_x = static_cast<int>(std::floor(region.left_pt * part.scale_across));
            const int first_y = static_cast<int>(std::floor(region.top_pt * part.scale_down));
            const int last_x = static_cast<int>(std::ceil(region.right_pt() * part.scale_across));
            const int last_y = static_cast<int>(std::ceil(region.bottom_pt() * part.scale_down));
            int differing = 0;
            for (int y = first_y; y < last_y; ++y)
                for (int x = first_x; x < last_x; ++x)
                    for (int c = 0; c < 3; ++c)
                        differing += sample(part.raster, x - part.left, y - part.top, c) != sample(whole, x, y, c);
            CHECK(differing == 0);
        }
    }
}

TEST_CASE("photos are encoded with Huffman tables made for them, not the standard ones", "[image]") {
    Raster photo{64, 48, PixelFormat::rgb, {}, {}};
    for (int y = 0; y < photo.height; ++y)
        for (int x = 0; x < photo.width; ++x)
            photo.samples.insert(photo.samples.end(), {static_cast<std::uint8_t>(x * 4), static_cast<std::uint8_t>(y * 5), 90});
    const std::string jpeg = encode_jpeg(photo, 82);
    // The first DHT segment's first table: class 0 (DC), id 0 (luminance), then the count
    // of codes of each length 1 to 16; JPEG's Annex K table K.3 has these counts.
    const std::string standard_dc_counts{0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    const std::size_t dht = jpeg.find("\xFF\xC4");
    REQUIRE(dht != std::string::npos);
    REQUIRE(jpeg.size() > dht + 5 + 16);
    CHECK(jpeg[dht + 4] == 0x00);
    CHECK(jpeg.substr(dht + 5, 16) != standard_dc_counts);
    // And it decodes.
    CHECK(decode_image(jpeg, "photo.jpg").ok());
}

TEST_CASE("a CMYK JPEG keeps its inks, Adobe's inverted storage undone", "[image]") {
    // Adobe's convention, which libjpeg leaves to its caller: CMYK stored as 255 minus ink.
    Raster inks{8, 8, PixelFormat::cmyk, std::vector<std::uint8_t>(8 * 8 * 4), {}};
    for (std::size_t i = 0; i < inks.samples.size(); i += 4) {
        inks.samples[i] = 255 - 200;      // cyan 200
        inks.samples[i + 1] = 255 - 10;   // magenta 10
        inks.samples[i + 2] = 255 - 0;    // no yellow
        inks.samples[i + 3] = 255 - 60;   // black 60
    }
    const std::string jpeg = encode_jpeg(inks, 95);
    REQUIRE_FALSE(jpeg.empty());
    const DecodeResult decoded = decode_image(jpeg, "inks.jpg");
    REQUIRE(decoded.ok());
    CHECK(decoded.image.pixel_format == PixelFormat::cmyk);
    const Raster raster = jpeg_pixels(decoded);
    CHECK(raster.format == PixelFormat::cmyk);
    CHECK(sample(raster, 4, 4, 0) == Approx(200).margin(3));
    CHECK(sample(raster, 4, 4, 1) == Approx(10).margin(3));
    CHECK(sample(raster, 4, 4, 2) == Approx(0).margin(3));
    CHECK(sample(raster, 4, 4, 3) == Approx(60).margin(3));
}

TEST_CASE("SVGs are parsed for their size and drawn at the size asked, loading nothing from outside", "[image]") {
    const DecodeResult logo = decode_fixture("logo.svg");
    REQUIRE(logo.ok());
    CHECK(logo.image.format == ImageFormat::svg);
    CHECK(logo.image.width_px == 200);
    CHECK(logo.image.height_px == 50);
    std::string error;
    const Raster drawn = rasterize_svg(logo.image, 400, 100, error);
    REQUIRE(error.empty());
    REQUIRE(drawn.width == 400);
    REQUIRE(drawn.alpha.size() == 400 * 100);
    CHECK(drawn.alpha[0] == 0);  // outside the rectangle: transparent
    CHECK(drawn.alpha[50 * 400 + 200] == 255);
    CHECK(sample(drawn, 200, 50, 2) == 0x78);

    // Its references point at a file outside and at one beside it: neither is drawn.
    const DecodeResult outside = decode_fixture("outside-reference.svg");
    REQUIRE(outside.ok());
    const Raster referencing = rasterize_svg(outside.image, 40, 20, error);
    REQUIRE(error.empty());
    for (int y = 0; y < 14; ++y)
        for (int x = 0; x < 40; ++x) CHECK(referencing.alpha[static_cast<std::size_t>(y) * 40 + x] == 0);
}

TEST_CASE("hostile image files are refused with a sentence that says why", "[image][hostile]") {
    const auto refused = [](const std::string& name, const std::string& reason) {
        INFO(name);
        const DecodeResult result = decode_fixture(name);
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.error, Catch::Contains(reason));
    };
    refused("truncated.png", "not a readable PNG file");
    refused("bomb.jpg", "too large");
    refused("bomb.png", "too large");
    refused("jpeg-named.png", "the file is JPEG, but its name says PNG");
    refused("text-named.png", "not a PNG, JPEG or SVG file");
    refused("no-size.svg", "the SVG has no size");
    refused("broken.svg", "not a readable SVG file");
    CHECK_THAT(decode_image(std::string(kMaxImageFileBytes + 1, 'x'), "huge.png").error, Catch::Contains("the limit is"));
    CHECK_THAT(decode_image(read_bytes(source_dir() / "tests" / "images" / "photo.jpg"), "photo.gif").error,
               Catch::Contains("its name does not end in"));
    // Every prefix of a good file is refused, or decodes: none crashes.
    const std::string png = read_bytes(source_dir() / "tests" / "images" / "logo-rgba.png");
    for (std::size_t length = 0; length < png.size(); ++length) decode_image(png.substr(0, length), "cut.png");
    // A JPEG's header is read while loading, its data where its pixels are decoded: every
    // prefix whose header is whole is refused there, with a sentence.
    for (const std::string name : {"progressive.jpg", "photo.jpg"}) {
        const std::string jpeg = read_bytes(source_dir() / "tests" / "images" / name);
        for (std::size_t length = 0; length < jpeg.size(); length += 7) {
            const DecodeResult cut = decode_image(jpeg.substr(0, length), "cut.jpg");
            if (!cut.ok()) continue;
            std::string error;
            const Raster pixels = pixels_at_least(cut.image, 300, 200, error);
            INFO(name << " cut at " << length);
            CHECK(pixels.samples.empty() == !error.empty());
            if (!error.empty()) CHECK_THAT(error, Catch::Contains("not a readable JPEG file"));
        }
    }
}

TEST_CASE("a JPEG is checked while loading only as far as its header, and its damaged data is refused where it is decoded",
          "[image][hostile]") {
    const DecodeResult truncated = decode_fixture("truncated.jpg");  // the header whole, half the data
    REQUIRE(truncated.ok());
    CHECK(truncated.image.width_px == 300);
    std::string error;
    CHECK(pixels_at_least(truncated.image, 300, 200, error).samples.empty());
    CHECK_THAT(error, Catch::Contains("not a readable JPEG file"));
    // The top rows lie before the damage: a region there decodes, and reads no further.
    error.clear();
    const PixelRegion top = region_at_least(truncated.image, 300, 200, {0, 0, 300, 20}, error);
    CHECK(error.empty());
    CHECK(top.raster.width == 300);
    // A file cut inside its header is refused while loading.
    const std::string photo = read_bytes(source_dir() / "tests" / "images" / "photo.jpg");
    CHECK_THAT(decode_image(photo.substr(0, 100), "cut.jpg").error, Catch::Contains("not a readable JPEG file"));
}

TEST_CASE("pixels are cropped, averaged down, flattened and turned exactly", "[image]") {
    // A 4 x 2 RGB raster: columns 0 to 3 have red 0, 100, 200, 40; green is the row.
    Raster raster{4, 2, PixelFormat::rgb, {}, {}};
    for (int y = 0; y < 2; ++y)
        for (const int red : {0, 100, 200, 40}) raster.samples.insert(raster.samples.end(), {static_cast<std::uint8_t>(red), static_cast<std::uint8_t>(y * 10), 0});
    const Raster part = cropped(raster, 1, 0, 2, 2);
    CHECK(part.width == 2);
    CHECK(sample(part, 0, 1, 0) == 100);
    CHECK(sample(part, 1, 1, 1) == 10);
    // Cropping in place gives the same pixels, alpha too, for crops from every corner.
    Raster translucent = raster;
    for (std::size_t i = 0; i < 8; ++i) translucent.alpha.push_back(static_cast<std::uint8_t>(30 * i));
    for (const auto& [left, top, width, height] : {std::array{1, 0, 2, 2}, std::array{0, 1, 4, 1}, std::array{3, 1, 1, 1},
                                                   std::array{0, 0, 4, 2}, std::array{2, 0, 2, 1}}) {
        INFO(left << ", " << top << ", " << width << " x " << height);
        Raster in_place = translucent;
        crop_in_place(in_place, left, top, width, height);
        const Raster copied = cropped(translucent, left, top, width, height);
        CHECK(in_place.width == copied.width);
        CHECK(in_place.height == copied.height);
        CHECK(in_place.samples == copied.samples);
        CHECK(in_place.alpha == copied.alpha);
    }

    const Raster half = downsampled(raster, 2, 1);
    CHECK(sample(half, 0, 0, 0) == 50);   // (0 + 100) / 2
    CHECK(sample(half, 1, 0, 0) == 120);  // (200 + 40) / 2
    CHECK(sample(half, 0, 0, 1) == 5);    // the rows' average

    // A transparent pixel lends no colour: it averages with an opaque red one to red at
    // half coverage.
    Raster masked{2, 1, PixelFormat::rgb, {255, 0, 0, 0, 255, 0}, {255, 0}};
    const Raster merged = downsampled(masked, 1, 1);
    CHECK(sample(merged, 0, 0, 0) == 255);
    CHECK(sample(merged, 0, 0, 1) == 0);
    CHECK(merged.alpha[0] == 128);
    const Raster flat = flattened(merged, {255, 255, 255});
    CHECK(flat.alpha.empty());
    CHECK(sample(flat, 0, 0, 0) == 255);
    CHECK(sample(flat, 0, 0, 1) == 127);  // half white shows through

    // Orientation 6 turns a quarter clockwise: the bottom-left pixel goes to the top left.
    const Raster turned = upright(raster, 6);
    CHECK(turned.width == 2);
    CHECK(turned.height == 4);
    CHECK(sample(turned, 0, 0, 1) == 10);
    CHECK(sample(turned, 0, 0, 0) == 0);
    CHECK(sample(turned, 1, 3, 0) == 40);
    const Raster mirrored = upright(raster, 2);
    CHECK(sample(mirrored, 0, 0, 0) == 40);
    const Raster half_turn = upright(raster, 3);
    CHECK(sample(half_turn, 0, 0, 0) == 40);
    CHECK(sample(half_turn, 0, 0, 1) == 10);
    const Raster quarter_back = upright(raster, 8);
    CHECK(sample(quarter_back, 0, 0, 0) == 40);  // the top-right pixel goes to the top left
    CHECK(sample(quarter_back, 0, 0, 1) == 0);
}

TEST_CASE("wholly transparent pixels take the colour of the last pixel that shows, and what shows is unchanged",
          "[image]") {
    // Four RGB pixels: hidden, red at half coverage, hidden, blue; then one hidden.
    Raster raster{5, 1, PixelFormat::rgb, {0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 255, 9, 9, 9}, {0, 128, 0, 255, 0}};
    fill_hidden_colour(raster);
    CHECK(raster.samples == std::vector<std::uint8_t>{255, 0, 0, 255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255});
    CHECK(raster.alpha == std::vector<std::uint8_t>{0, 128, 0, 255, 0});
    // Nothing shows, or no alpha at all: the samples stay as they are.
    Raster hidden{2, 1, PixelFormat::rgb, {1, 2, 3, 4, 5, 6}, {0, 0}};
    fill_hidden_colour(hidden);
    CHECK(hidden.samples == std::vector<std::uint8_t>{1, 2, 3, 4, 5, 6});
    Raster opaque{1, 1, PixelFormat::rgb, {7, 8, 9}, {}};
    fill_hidden_colour(opaque);
    CHECK(opaque.samples == std::vector<std::uint8_t>{7, 8, 9});
}
