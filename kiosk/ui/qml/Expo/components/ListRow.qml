import QtQuick
import Expo

// One tappable row of a list: a title, an optional line beside it (on a wide list, when both fit on one line) or
// under it, a star when the entry is in the visitor's visit plan, and a badge (a booth code) at the end.
Rectangle {
    id: rowItem
    property string title
    property string subtitle
    property string badge
    property string subtitleFont: ""
    property string badgeLabel: qsTr("Booth")
    property color marker: "transparent"
    property bool starred: false
    signal tapped()
    readonly property bool wide: width > 1200 * Theme.scale
    // Measured apart from the texts themselves: their implicit widths follow the widths set from this.
    readonly property bool oneLine: subtitle === "" || wide
                                    && titleMetrics.advanceWidth + Theme.gap * 1.5 + subtitleMetrics.advanceWidth <= texts.width
    TextMetrics { id: titleMetrics; font: titleText.font; text: rowItem.title }
    TextMetrics { id: subtitleMetrics; font: subtitleText.font; text: subtitleText.text }
    implicitHeight: Math.max(Theme.touch * 1.2, texts.height + Theme.gap * 1.25, badgeRow.height + Theme.gap)
    radius: Theme.radius
    color: tap.pressed ? Theme.pressed : Theme.surface
    border.color: Theme.line
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: starred ? qsTr("In my visit") : ""
    Accessible.onPressAction: rowItem.tapped()
    Rectangle {
        width: Math.round(Theme.gap * 0.5)
        height: parent.height - Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.gap * 0.5
        radius: width / 2
        color: rowItem.marker
    }
    Item {
        id: texts
        anchors.left: parent.left
        anchors.right: star.visible ? star.left : badgeRow.visible ? badgeRow.left : parent.right
        anchors.leftMargin: Theme.gap * 1.75
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        height: rowItem.oneLine || !subtitleText.visible ? titleText.height : subtitleText.y + subtitleText.height
        PlainText {
            id: titleText
            width: rowItem.oneLine ? Math.min(Math.ceil(titleMetrics.advanceWidth) + 1, parent.width) : parent.width
            text: rowItem.title
            font.pixelSize: Theme.large
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        LocalName {
            id: subtitleText
            x: rowItem.oneLine ? titleText.width + Theme.gap * 1.5 : 0
            y: rowItem.oneLine ? titleText.baselineOffset - baselineOffset : titleText.height + 2
            width: parent.width - x
            name: rowItem.subtitle
            family: rowItem.subtitleFont
            visible: text !== ""
            color: Theme.textMuted
            font.pixelSize: Theme.small
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
    Star {
        id: star
        objectName: "star"
        visible: rowItem.starred
        anchors.right: badgeRow.visible ? badgeRow.left : parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
    }
    Item {  // "Booth" and the code: side by side on a wide row, one above the other on a narrow one
        id: badgeRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        visible: rowItem.badge !== ""
        width: rowItem.wide ? badgeCaption.implicitWidth + Theme.gap * 0.5 + badgeCode.implicitWidth
                            : Math.max(badgeCaption.implicitWidth, badgeCode.implicitWidth)
        height: rowItem.wide ? badgeCode.height : badgeCaption.height + badgeCode.height
        PlainText {
            id: badgeCaption
            x: rowItem.wide ? 0 : (parent.width - implicitWidth) / 2
            y: rowItem.wide ? badgeCode.baselineOffset - baselineOffset : 0
            text: rowItem.badgeLabel
            font.pixelSize: rowItem.wide ? Theme.small : Math.round(Theme.small * 0.85)
            color: Theme.textMuted
            wrapMode: Text.NoWrap
        }
        PlainText {
            id: badgeCode
            x: rowItem.wide ? badgeCaption.implicitWidth + Theme.gap * 0.5 : (parent.width - implicitWidth) / 2
            y: rowItem.wide ? 0 : badgeCaption.height
            text: rowItem.badge
            font.pixelSize: Theme.large
            font.bold: true
            color: Theme.accent
            wrapMode: Text.NoWrap
        }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: rowItem.tapped()
    }
}
