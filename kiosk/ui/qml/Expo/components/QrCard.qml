import QtQuick
import Expo

// The page's QR code at its natural size (whole pixels per module) with the readable address under it.
Rectangle {
    id: card
    property string source
    property string address
    // What the code carries, for the anonymous counts of QR codes shown ("" : not counted).
    property string usageKind: ""
    property string usageId: ""
    property string counted: ""
    function count() {
        if (visible && usageKind !== "" && source !== "" && counted !== source) {
            counted = source
            Usage.qrShown(usageKind, usageId)
        }
    }
    // Counted once its bindings have settled: a page made ahead gets its code and its id in either order.
    onVisibleChanged: if (!visible) counted = ""; else Qt.callLater(count)
    onSourceChanged: Qt.callLater(count)
    Component.onCompleted: Qt.callLater(count)
    // A long address wraps rather than widening the card past one and a half codes.
    implicitWidth: Math.max(code.width, Math.min(addressText.implicitWidth, code.width * 1.5)) + Theme.margin * 2
    implicitHeight: column.implicitHeight + Theme.margin * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line
    Column {
        id: column
        anchors.centerIn: parent
        spacing: Theme.gap
        PlainText {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Take it with you: scan with your phone camera")
            width: Math.max(card.width - Theme.margin * 2, code.width)
            horizontalAlignment: Text.AlignHCenter
            font.bold: true
        }
        Image {
            id: code
            objectName: "qrCode"
            anchors.horizontalCenter: parent.horizontalCenter
            source: card.source
            sourceSize.width: Theme.qrSize
            sourceSize.height: Theme.qrSize
            smooth: false
            asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
            cache: true
        }
        PlainText {
            id: addressText
            objectName: "qrAddress"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, card.width - Theme.gap * 2)
            text: card.address
            font.pixelSize: Theme.small
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WrapAnywhere  // a long address breaks rather than leaving the card
        }
    }
}
