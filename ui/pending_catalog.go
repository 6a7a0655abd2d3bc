package ui

func newCatalog(env *Env, s *Shell) screen { return &pending{"Danh mục"} }
