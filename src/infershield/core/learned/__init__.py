"""The learned layer's pure half: hashed n-gram features and a linear model scored over windows."""
