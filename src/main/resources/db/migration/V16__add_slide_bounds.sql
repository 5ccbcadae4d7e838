-- A slide's view may carry the area that was on screen (south,west,north,east, the map state's
-- own text form), so that the slide fits that area into any screen. Null: centre and zoom only.
ALTER TABLE slide ADD COLUMN view_bounds VARCHAR(100);
