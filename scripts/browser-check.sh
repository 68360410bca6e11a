#!/usr/bin/env bash
# Real browser check of the delivery slips' print CSS (issue 3). Installs Debian's chromium and
# poppler-utils (and python3, zbar-tools, dmtx-utils) when missing (as root), builds a small site with a one-page slip, a 40-line slip
# and a serial slip, prints each to PDF at A4 and at Letter with headless Chromium, and asserts
# with pdfinfo/pdftotext: the paper size, the expected page count, every lot number and quantity
# present once, no row split across pages, the column header and the running header repeated and
# "Page N of M" on every page. The one-page slip, with GS1-128, with GS1 DataMatrix and with QR
# Code symbols, has its barcodes measured on its A4 print (scripts/barcode-print-check.py): every
# symbol whole, inside the page margins, X-dimension at least 0.25 mm; and read back from the
# printed page by zbarimg and dmtxread: they carry the texts printed under them (a QR Code its
# GS1 Digital Link URI, which `lotrace scan` traces to the line's lot). The day's page that
# prints the three slips together (slips/2025-01-20.html, with GS1-128 and with QR Codes) is
# printed at A4 and Letter (scripts/day-print-check.py): one page per sheet, every slip from a
# new page with its own running header and "Page N of M", every row on its page. PDFs and PNGs
# of the first pages are kept in output/browser-check/ for a person to look at.
# SWIFT_FLAGS (e.g. "--scratch-path .build-x") is passed to swift build.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
command -v zbarimg >/dev/null 2>&1 || missing="$missing zbar-tools"
command -v dmtxread >/dev/null 2>&1 || missing="$missing dmtx-utils"
if [ -n "$missing" ]; then
    echo "installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi

swift build ${SWIFT_FLAGS:-} >/dev/null
lotrace="$(swift build ${SWIFT_FLAGS:-} --show-bin-path)/lotrace"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data"
mkdir -p "$data"

# --- the data: three outgoing transfers -------------------------------------------------------
cat > "$data/lotrace.json" <<'JSON'
{"company": {"name": "Hartwell Bakery Ltd", "street": "14 Mill Lane", "city": "Millbrook", "zip": "MB1 4HL",
 "country": "United Kingdom", "email": "orders@hartwell-bakery.example", "phone": "+44 1632 960 014"}}
JSON
cat > "$data/products.csv" <<'CSV'
"Name","Internal Reference","Barcode","Tracking","Unit of Measure"
"Chocolate Layer Cake","CA-001","5060012002039","By Lots","Units"
"Shortbread Biscuits 200 g in a gift tin with a long product description","BI-001","5060012002015","By Lots","Units"
"Wheat Flour T55","FL-001","5060012001018","By Lots","kg"
"ColdTrack Data Logger CT-3","EL-300","5060012003036","By Unique Serial Number","Units"
CSV
cat > "$data/partners.csv" <<'CSV'
"Name","Related Company","Street","City","Zip","Country","Email"
"The Olive Table","","178 King Street","Eastwold","EA3 2TH","United Kingdom","orders@theolivetable.example"
"Alice Khan","The Olive Table","178 King Street","Eastwold","EA3 2TH","United Kingdom","alice@theolivetable.example"
CSV
cat > "$data/types.csv" <<'CSV'
"Operation Type","Type of Operation","Warehouse"
"Receipts","Receipt","Hartwell"
"Delivery Orders","Delivery","Hartwell"
CSV
{
    echo '"Reference","Source Document","Contact","Scheduled Date","Date of Transfer","Status","Operation Type"'
    echo '"WH/IN/00001","P001","","2025-01-06 08:00:00","2025-01-06 08:00:00","Done","Hartwell: Receipts"'
    for ref in WH/OUT/00001 WH/OUT/00040 WH/OUT/00012; do
        echo "\"$ref\",\"S-$ref\",\"The Olive Table, Alice Khan\",\"2025-01-20 10:00:00\",\"2025-01-20 10:30:00\",\"Done\",\"Hartwell: Delivery Orders\""
    done
} > "$data/transfers.csv"
declare -A expect_lots expect_qty
{
    echo '"Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status","Transfer"'
    line() { # date ref product lot from to qty unit
        echo "\"$1\",\"$2\",\"$3\",\"$4\",\"$5\",\"$6\",\"$7\",\"$8\",\"Done\",\"$2\""
    }
    receive() { line "2025-01-06 08:00:00" WH/IN/00001 "$1" "$2" Partners/Vendors WH/Stock "$3" "$4"; }
    ship() { line "2025-01-20 10:30:00" "$1" "$2" "$3" WH/Stock Partners/Customers "$4" "$5"; }
    for i in 1 2 3; do
        receive "[CA-001] Chocolate Layer Cake" "CLC-2501-0$i" "50.0" Units
        ship WH/OUT/00001 "[CA-001] Chocolate Layer Cake" "CLC-2501-0$i" "$((i * 4)).0" Units
    done
    for i in $(seq -w 1 40); do
        if [ $((10#$i % 3)) -eq 0 ]; then product="[FL-001] Wheat Flour T55"; unit=kg; qty="$((10#$i)).25"
        else product="[BI-001] Shortbread Biscuits 200 g in a gift tin with a long product description"; unit=Units; qty="$((10#$i * 2)).0"; fi
        receive "$product" "LOT-25-$i" "500.0" "$unit"
        ship WH/OUT/00040 "$product" "LOT-25-$i" "$qty" "$unit"
    done
    for i in $(seq -w 1 12); do
        receive "[EL-300] ColdTrack Data Logger CT-3" "CT3-250000$i" "1.0" Units
        ship WH/OUT/00012 "[EL-300] ColdTrack Data Logger CT-3" "CT3-250000$i" "1.0" Units
    done
} > "$data/moves.csv"

"$lotrace" build --data "$data" --out "$work/site" --as-of 2025-01-31 --templates templates

# --- print and check ---------------------------------------------------------------------------
artifacts=output/browser-check
if [ ! -f output/.lotrace-site ]; then "$lotrace" build --data data --out output >/dev/null 2>&1 || true; fi
mkdir -p "$artifacts"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# check SLIP PAPER PAGES: quantities and lots are read from the slip's own HTML rows.
# print_slip SITE SLIP PAPER: prints SITE's slip at PAPER (A4 or Letter) with headless Chromium
# to output/browser-check/<site folder>-<slip>-<paper>.pdf; echoes the PDF's path.
print_slip() {
    local site="$1" base="${2//\//_}" paper="$3" size_rule
    case "$paper" in A4) size_rule="A4";; Letter) size_rule="letter";; esac
    local page="$site/slips/$base-$paper.html"
    sed "s|</head>|<style>@page { size: $size_rule; }</style></head>|" "$site/slips/$base.html" > "$page"
    local pdf="$artifacts/$(basename "$site")-$base-$paper.pdf"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --run-all-compositor-stages-before-draw \
        --print-to-pdf="$pdf" "file://$page" >/dev/null 2>&1
    echo "$pdf"
}

check() {
    local slip="$1" paper="$2" pages="$3"
    local base="${slip//\//_}" width
    case "$paper" in A4) width="59[45]";; Letter) width="612";; esac
    local pdf; pdf="$(print_slip "$work/site" "$slip" "$paper")"
    local info; info="$(pdfinfo "$pdf")"
    local count; count="$(awk '/^Pages:/ {print $2}' <<<"$info")"
    grep -q "Page size: *$width" <<<"$info" || fail "$base $paper: paper is not $paper ($(grep 'Page size' <<<"$info"))"
    [ "$count" = "$pages" ] || fail "$base $paper: $count pages, expected $pages"
    # every row: "<td class="lot">...LOT</a>..." and its quantity, from the HTML
    local rows; rows="$(grep -o '<tr><td class="n">[0-9]*</td>.*</tr>' "$work/site/slips/$base.html" \
        | sed -E 's|.*<a href="[^"]*">([^<]*)</a>.*<td class="num">([^ ]*) .*|\1 \2|')"
    local n=0
    while read -r lot qty; do
        n=$((n + 1))
        local found=0
        for p in $(seq 1 "$count"); do
            local text; text="$(pdftotext -layout -f "$p" -l "$p" "$pdf" -)"
            # the row's lot and its quantity on the same line of the same page: the row is whole
            if grep -E "(^|[^0-9])$n +.*$lot.*$qty" <<<"$text" >/dev/null; then found=$((found + 1)); fi
        done
        [ "$found" = 1 ] || fail "$base $paper: row $n ($lot, $qty) found whole on $found pages"
    done <<<"$rows"
    [ "$n" -gt 0 ] || fail "$base: no rows read from the HTML"
    for p in $(seq 1 "$count"); do
        local text; text="$(pdftotext -layout -f "$p" -l "$p" "$pdf" -)"
        # the column header repeats on every page that holds rows (the last page may hold only
        # the signature block)
        if grep -qE "$(cut -d' ' -f1 <<<"$rows" | paste -sd'|')" <<<"$text"; then
            grep -qi "Lot/Serial" <<<"$text" || fail "$base $paper page $p: rows without the column header"
        fi
        grep -q "Page $p of $count" <<<"$text" || fail "$base $paper page $p: no \"Page $p of $count\""
        grep -q "Delivery slip $slip" <<<"$text" || fail "$base $paper page $p: no running header"
    done
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$pdf" "${pdf%.pdf}"
    echo "ok: $slip at $paper: $count page(s), $n rows whole, lots and quantities present"
}

# check_barcodes SITE SLIP: the A4 print of a one-page slip carries its barcodes whole, inside
# the page, at an X-dimension of at least 0.25 mm (A4: 210 mm wide, 13 mm margins).
check_barcodes() {
    local site="$1" base="${2//\//_}"
    local pdf; pdf="$(print_slip "$site" "$2" A4)"
    pdftoppm -gray -r 300 -f 1 -l 1 -singlefile "$pdf" "$work/$base-A4"
    if scripts/barcode-print-check.py "$site/slips/$base.html" "$work/$base-A4.pgm" 300 210 13; then
        echo "ok: $2 at A4 ($(basename "$site")): barcodes whole, inside the page, X-dimension at least 0.25 mm"
    else
        fail "$2 A4 ($(basename "$site")): barcodes"
    fi
}

# check_scans SITE SLIP: the symbols on the A4 print of a one-page slip, read back from a 300 dpi
# image by zbarimg (Code 128, GS1-128) and dmtxread (GS1 DataMatrix, FNC1 as GS), carry exactly
# the human-readable texts printed under them (AIs without their parentheses).
check_scans() {
    local site="$1" base="${2//\//_}"
    local pdf; pdf="$(print_slip "$site" "$2" A4)"
    pdftoppm -png -r 300 -f 1 -l 1 -singlefile "$pdf" "$work/scan"
    local expected decoded
    expected="$(grep -o '<figcaption>[^<]*</figcaption>' "$site/slips/$base.html" | sed -E 's/<[^>]*>//g; s/\(([0-9]+)\)/\1/g' | sort)"
    decoded="$({ zbarimg -q --nodbus --raw "$work/scan.png" 2>/dev/null || true
        dmtxread -G 29 -n -m 20000 "$work/scan.png" 2>/dev/null | sed 's/^\x1d//' || true; } | sort)"
    if [ "$decoded" = "$expected" ]; then
        echo "ok: $2 at A4 ($(basename "$site")): $(wc -l <<<"$decoded") symbols read back by zbarimg/dmtxread as printed"
    else
        fail "$2 A4 ($(basename "$site")): decoded symbols differ from their printed texts"
        diff <(echo "$expected") <(echo "$decoded") || true
    fi
}

check WH/OUT/00001 A4 1
check_barcodes "$work/site" WH/OUT/00001
check_scans "$work/site" WH/OUT/00001
# the same slip with GS1 DataMatrix symbols (lotrace.json barcodes.symbology)
cp -r "$data" "$work/data-dm"
sed -i 's|^{|{"barcodes": {"symbology": "datamatrix"}, |' "$work/data-dm/lotrace.json"
"$lotrace" build --data "$work/data-dm" --out "$work/site-datamatrix" --as-of 2025-01-31 --templates templates >/dev/null 2>&1
grep -q 'class="barcode-symbol datamatrix"' "$work/site-datamatrix/slips/WH_OUT_00001.html" || fail "the datamatrix setting made no DataMatrix"
check_barcodes "$work/site-datamatrix" WH/OUT/00001
check_scans "$work/site-datamatrix" WH/OUT/00001
# the same slip with QR Codes of GS1 Digital Link URIs; each URI scans back to its lot
cp -r "$data" "$work/data-qr"
sed -i 's|^{|{"barcodes": {"symbology": "qr"}, |' "$work/data-qr/lotrace.json"
"$lotrace" build --data "$work/data-qr" --out "$work/site-qr" --as-of 2025-01-31 --templates templates >/dev/null 2>&1
grep -q 'class="barcode-symbol qr"' "$work/site-qr/slips/WH_OUT_00001.html" || fail "the qr setting made no QR Code"
check_barcodes "$work/site-qr" WH/OUT/00001
check_scans "$work/site-qr" WH/OUT/00001
scanned=0
for uri in $(grep -o '<figcaption>https://[^<]*' "$work/site-qr/slips/WH_OUT_00001.html" | sed 's/<figcaption>//'); do
    lot="$("$lotrace" scan "$uri" --data "$work/data-qr" --format json 2>/dev/null | grep -o '"lot": "[^"]*"' | head -1)"
    if [ -n "$lot" ]; then scanned=$((scanned + 1)); else fail "lotrace scan $uri found no lot"; fi
done
[ "$scanned" = 3 ] && echo "ok: the 3 Digital Link URIs of WH/OUT/00001 scan back to their lots"
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$artifacts/site-qr-WH_OUT_00001-A4.pdf" "$artifacts/site-qr-WH_OUT_00001-A4"
check WH/OUT/00001 Letter 1
check WH/OUT/00040 A4 7
check WH/OUT/00040 Letter 7
check WH/OUT/00012 A4 2
check WH/OUT/00012 Letter 2

# check_day SITE PAPER: the day's three slips printed together, one page per sheet, each slip
# from a new page with its own page numbers.
check_day() {
    local site="$1" paper="$2" rule
    case "$paper" in A4) rule="A4";; Letter) rule="letter";; esac
    local page="$site/slips/2025-01-20.html"
    [ -f "$page" ] || { fail "$(basename "$site"): no day page slips/2025-01-20.html"; return; }
    local printed="$site/slips/2025-01-20-$paper.html"
    sed "s|</head>|<style>@page { size: $rule; }</style></head>|" "$page" > "$printed"
    local pdf="$artifacts/$(basename "$site")-day-2025-01-20-$paper.pdf"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --run-all-compositor-stages-before-draw \
        --print-to-pdf="$pdf" "file://$printed" >/dev/null 2>&1
    if scripts/day-print-check.py "$page" "$pdf" | sed "s|^ok: |ok: day 2025-01-20 at $paper ($(basename "$site")): |"; then :; else
        fail "day 2025-01-20 at $paper ($(basename "$site"))"
    fi
    pdftoppm -png -r 70 -f 1 -l 2 "$pdf" "${pdf%.pdf}"
}
grep -q 'href="slips/2025-01-20.html"' "$work/site/slips.html" || fail "slips.html does not link the day 2025-01-20"
check_day "$work/site" A4
check_day "$work/site" Letter
check_day "$work/site-qr" A4
check_day "$work/site-qr" Letter
# lotrace slips --date writes the same page on its own (stylesheet inlined)
mkdir -p "$work/standalone/slips"
"$lotrace" slips --date 2025-01-20 --data "$data" --templates templates -o "$work/standalone/slips/2025-01-20.html" 2>/dev/null
check_day "$work/standalone" A4

if [ "$failures" -gt 0 ]; then echo "browser check: $failures failure(s)"; exit 1; fi
echo "browser check: all slips print correctly; PDFs and PNGs in $artifacts/"
