"""Oscar's shipping app, forked the documented way to provide our own Repository."""
