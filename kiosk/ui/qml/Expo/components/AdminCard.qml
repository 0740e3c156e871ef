import QtQuick
import Expo

// A titled box of facts and buttons on the admin screen.
Rectangle {
    id: card
    property alias title: heading.text
    default property alias content: body.data
    implicitHeight: body.implicitHeight + heading.implicitHeight + Theme.gap * 3
    height: implicitHeight
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    border.width: 2
    PlainText {
        id: heading
        x: Theme.gap
        y: Theme.gap
        width: card.width - Theme.gap * 2
        font.pixelSize: Theme.large
        font.bold: true
        color: Theme.primaryDark
    }
    Column {
        id: body
        x: Theme.gap
        y: heading.y + heading.height + Theme.gap
        width: card.width - Theme.gap * 2
        spacing: Theme.gap * 0.75
    }
}
