import QtQuick
import QtQuick.Shapes
import Expo

// A five-pointed star, drawn (the bundled fonts have none): an entry in the visitor's visit plan.
Shape {
    id: star
    property color color: Theme.accent
    property real size: Theme.large
    width: size
    height: size
    preferredRendererType: Shape.CurveRenderer
    ShapePath {
        fillColor: star.color
        strokeColor: "transparent"
        PathPolyline {
            // Ten corners, outer and inner in turn, from the top point round.
            path: [...Array(11).keys()].map(i => {
                const r = (i % 2 === 0 ? 0.5 : 0.2) * star.size
                const a = -Math.PI / 2 + i * Math.PI / 5
                return Qt.point(star.size / 2 + r * Math.cos(a), star.size * 0.54 + r * Math.sin(a))
            })
        }
    }
}
