#include "cli/options.hpp"

namespace brochure {

std::string usage_text() {
    return R"(brochure: turns an organisation's profile (YAML) into a print-ready PDF brochure.

Usage:
  brochure render PROFILE.yaml [-o OUT.pdf] [--target screen|print] [--paper a4|letter]
                 [--format sheet|trifold|booklet] [--pages auto|N]
                 [--imposition sheets|none] [--pdfa] [--fonts DIR] [--assets DIR]
                 [--werror]
  brochure check PROFILE.yaml... [--paper a4|letter] [--format sheet|trifold|booklet]
                 [--pages auto|N] [--fonts DIR] [--assets DIR] [--werror]
  brochure build PATH... --out DIR [--jobs N] [--shard K/N] [--force] [--quiet]
                 [--report FILE.json] [--junit FILE.xml] [--target screen|print]
                 [--paper a4|letter] [--format sheet|trifold|booklet] [--pages auto|N]
                 [--imposition sheets|none] [--pdfa] [--fonts DIR] [--assets DIR]
                 [--werror]
  brochure watch PROFILE.yaml [-o OUT.pdf] [the options of render]
  brochure init [NAME.yaml] [--lang L] [--force]
  brochure schema
  brochure --help | --version

Every command but init and schema also takes --diagnostics text|json|sarif|github.

Commands:
  render    validate PROFILE, lay it out as a brochure and write the PDF; PROFILE - reads
            it from standard input (named <stdin> in messages; needs -o, and for print
            SOURCE_DATE_EPOCH, since there is no file to date the PDF by)
  check     validate one or more profiles and check that they fit the brochure,
            without writing anything
  build     render many profiles in parallel: each PATH is a profile or a folder searched
            for *.yaml; a profile goes to DIR/<its path below the folder>.pdf (a file
            given by name to DIR/<name>.pdf); profiles whose inputs are unchanged since
            the last build are skipped
  watch     render PROFILE, then render it again each time it (or an image it names)
            changes, until interrupted; while the profile is invalid the last good PDF
            stays, so a viewer that reloads on change always shows a whole brochure
  init      write a commented starting profile (default: profile.yaml) in language L
            (default: en), with placeholders "<like this>" that check warns about until
            they are replaced; an existing file is left alone unless --force is given
  schema    print the JSON Schema of a profile, for editors and validators

Build options:
  --out DIR              folder for the PDFs (required)
  --jobs N               render N profiles at once (default: one per core)
  --shard K/N            render only the K-th of N equal shares of the profiles, for
                         spreading one batch over N CI runners
  --force                render every profile, even those that are up to date
  --quiet                no progress, summary or warnings; errors are still printed
  --report FILE.json     write a JSON report of every profile
  --junit FILE.xml       write a JUnit XML report, one testcase per profile

Init options:
  --lang L               the language of the profile written, a tag such as en or fr-BE
                         (default: en); its texts are in that language where brochure
                         has a starting profile in it (en, fr), else in English
  --force                replace NAME.yaml if it exists

Options:
  -o, --output OUT.pdf   where to write the PDF (default: PROFILE with .pdf instead of
                         .yaml, next to it); written atomically: on any error no file is
                         written and an existing OUT.pdf is left untouched; -o - writes
                         it to standard output (never to a terminal), once it is whole
  --target screen|print screen (default): RGB colours, clickable links, images at
                         150 ppi, for e-mail and the web; print: PDF/X-4, CMYK inks
                         through the FOGRA39 profile (text on pure black), images at
                         300 ppi, 3 mm bleed, crop marks, trim and bleed boxes, no links,
                         for a print shop
  --paper a4|letter      the paper the pages are laid out for (default: a4)
  --format sheet|trifold|booklet
                         sheet (default): flat pages of the paper's size; trifold: a
                         leaflet folded in three from the paper in landscape, six panels
                         (for A4: 100, 100 and a 97 mm fold-in panel), on screen one
                         panel per page in reading order; booklet: a saddle-stitched
                         booklet of half-size pages (A5 on A4), 4, 8 or 12 of them, on
                         screen shown as spreads
  --pages auto|N         how many pages: sheet 1, 2 or 4, booklet 4, 8 or 12 (a leaflet
                         always has six panels); auto (default) chooses the fewest that
                         hold the content with no page left more than a fifth blank; a
                         number the content does not fit is an error at the first field
                         that does not fit
  --imposition sheets|none
                         print, trifold and booklet: sheets (default) puts the panels or
                         pages on press sheets, printed on both sides (a leaflet's outside
                         and inside; a booklet's pages in folding order, two to a side),
                         with crop and fold marks; none gives one panel or page to a PDF
                         page, each with its bleed, for printers who impose themselves
  --pdfa                 write PDF/A-2b for archiving: XMP metadata, an embedded ICC
                         output intent (sRGB for screen, FOGRA39 for print, which is then
                         PDF/X-4 as well), a document ID derived from the file
  --fonts DIR            folder with NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf
                         (default: ../share/brochure/fonts beside an installed
                         executable, else the fonts/ folder of the tree it was built from)
  --assets DIR           the folder the profile's image paths (brand.logo, cover_image,
                         videos[].image) are relative to (default: the profile's own
                         folder); no image may lie outside it, through ".." or a link
  --werror               treat warnings as errors (low-contrast brand colours and
                         low-resolution images for print among them)
  --diagnostics text|json|sarif|github
                         how problems are written to standard error: text (default) for
                         people; json, one object per line; sarif, one SARIF 2.1.0 log for
                         code scanning and editors; github, workflow commands that annotate
                         the lines of a pull request (the default when GITHUB_ACTIONS is
                         true and standard error is not a terminal). Each kind of problem
                         has a rule id (BRO101 unknown-field, ...): see docs/profile.md
  -h, --help             show this help and exit
  --version              show the version and the libraries it was built with, and exit

Environment:
  GITHUB_ACTIONS         when "true" (as in a GitHub Actions job) and standard error is not
                         a terminal, diagnostics default to --diagnostics github
  SOURCE_DATE_EPOCH      seconds since 1970-01-01 UTC to record as the PDF's creation
                         date; when unset, the PDF carries no date, so the same inputs
                         always give byte-identical files

Exit codes:
  0  success
  1  invalid input: the profile has errors (or warnings, with --werror)
  2  usage or I/O error: bad command line, unreadable profile or fonts, unwritable output
  3  internal error
)";
}

}  // namespace brochure
