#!/bin/sh
# Render the visitor screenshots in docs/screenshots from the demo database (after `make setup`).
# The staff screens (and the admin screen): scripts/staff-screenshots.py --docs. The poster, the phone pages and the
# report are made by hand.
set -e
cd "$(dirname "$0")/.."
shot() { out=$1; shift; .venv/bin/kiosk screenshot "docs/screenshots/$out" "$@" >/dev/null; echo "$out"; }
VISIT="--visit city:bangkok --visit city:phnom-penh --visit exhibitor:nstda"
shot attract-th-1920x1080.png --screen attract
shot home-th-1920x1080.png --screen home
shot home-en-1080x1920.png --screen home --lang en --size 1080x1920
shot cities-th-1080x1920.png --screen cities --size 1080x1920
shot exhibitors-th-1920x1080.png --screen exhibitors
shot projects-en-1920x1080.png --screen projects --lang en
shot programme-en-1920x1080.png --screen programme --lang en --demo-clock 2019-08-23T10:30
shot city-phnom-penh-th-1920x1080.png --screen city:phnom-penh
shot city-bangkok-th-1080x1920-largest-reach.png --screen city:bangkok --size 1080x1920 --text-size largest --reach
shot city-bangkok-en-1920x1080-largest.png --screen city:bangkok --lang en --text-size largest
shot exhibitor-huawei-en-1920x1080.png --screen exhibitor:huawei --lang en
shot project-kuching-flood-management-th-1080x1920.png --screen project:kuching-flood-management --size 1080x1920
shot session-opening-ceremony-en-1920x1080.png --screen session:opening-ceremony --lang en
shot search-th-1920x1080.png --screen "search:ท่วม" --keyboard
shot search-en-1080x1920.png --screen search:f --lang en --size 1080x1920
shot map-th-1920x1080.png --screen map
shot map-bangkok-th-1080x1920.png --screen map:bangkok --size 1080x1920
shot route-huawei-en-1920x1080.png --screen route:huawei --lang en
shot visit-en-1920x1080-reach.png --screen visit --lang en --reach $VISIT
shot tour-th-1080x1920.png --screen tour --size 1080x1920 $VISIT
