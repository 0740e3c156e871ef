import QtQuick
import Expo

Column {
    property alias title: heading.text
    property alias subtitle: sub.text
    spacing: Theme.gap * 0.5
    TitleText { id: heading; width: parent.width; color: Theme.primaryDark }
    PlainText { id: sub; width: parent.width; visible: text !== ""; color: Theme.textMuted }
}
