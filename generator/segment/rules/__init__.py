"""The rules that overrule the line-role tagger's model (overrule.py runs them in order),
kept by the kind of page or line they read: wrapped newspaper columns (columns.py), pages
of one paragraph a line (paragraphs.py), columns of short items and digests (briefs.py),
what opens and closes a text (credits.py), photos (captions.py), saved web pages (web.py),
records and documents (documents.py), and the line shapes several of them ask about
(shapes.py).  Each pass is a pure function: the page's lines and labels in, labels out."""
