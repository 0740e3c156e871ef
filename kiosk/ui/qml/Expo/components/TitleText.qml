import QtQuick
import Expo

// A screen's or a tile's title: two lines at most, broken only between words; a word wider than the line (Tamil's
// கண்காட்சியாளர்கள், "Exhibitors") makes the title smaller rather than being cut in two.
PlainText {
    font.pixelSize: Theme.title
    font.bold: true
    maximumLineCount: 2
    elide: Text.ElideRight
    wrapMode: Text.WordWrap
    fontSizeMode: Text.HorizontalFit
    minimumPixelSize: Theme.large
}
