"""Extract: title, byline, date, regions and agencies from a segmented Draft."""
