"""The article files the peers read: every .txt, .md, .html and .htm under the folders given (sorted,
so every peer and every run read the same files in the same order), and files given directly."""
import os

EXTENSIONS = (".txt", ".md", ".html", ".htm")


def article_paths(args):
    paths = []
    for arg in args:
        if os.path.isdir(arg):
            for root, dirs, files in os.walk(arg):
                dirs.sort()
                paths += [os.path.join(root, f) for f in sorted(files) if f.lower().endswith(EXTENSIONS)]
        else:
            paths.append(arg)
    return paths
