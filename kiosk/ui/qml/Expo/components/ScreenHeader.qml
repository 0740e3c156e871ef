import QtQuick
import Expo

Column {
    property alias title: heading.text
    property alias subtitle: sub.text
    spacing: Theme.gap * 0.5
    PlainText { id: heading; width: parent.width; font.pixelSize: Theme.title; font.bold: true; color: Theme.primaryDark; maximumLineCount: 2; elide: Text.ElideRight }
    PlainText { id: sub; width: parent.width; visible: text !== ""; color: Theme.textMuted }
}
