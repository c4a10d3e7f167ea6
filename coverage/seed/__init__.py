"""The national-scale synthetic programme: `plan` decides who is trained by whom and when, in
memory and from the seed alone; `write` stores it in bulk and rebuilds the summaries."""
