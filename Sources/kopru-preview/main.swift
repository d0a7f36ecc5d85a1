import PreviewServer

// `kopru-preview`: the server behind `kopru preview`, which runs it in its place.
PreviewServerCommand.start()
