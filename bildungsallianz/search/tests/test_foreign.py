"""Words of translations: folded, unstemmed tokens of their own namespace (no database)."""

from bildungsallianz.search.analysis import index_tokens, query_terms
from bildungsallianz.search.analysis.foreign import foreign_token, foreign_tokens, foreign_words
from bildungsallianz.search.analysis.tokens import TOKEN_RE


def test_every_foreign_token_fits_the_token_alphabet_and_length():
    for text in ("تدريب على التقديم", "Підготовка до співбесіди", "Başvuru eğitimi", "Atelier d’écriture"):
        for token in foreign_tokens(text):
            assert TOKEN_RE.fullmatch(token) and len(token) <= 48 and token.startswith("0tx")


def test_arabic_spelling_variants_and_vowel_signs_give_one_token():
    assert foreign_token(foreign_words("أُسْرَة")[0]) == foreign_token(foreign_words("اسره")[0])
    assert foreign_words("تـدريب") == foreign_words("تدريب")


def test_turkish_dotless_i_and_accents_fold_like_the_query_side():
    assert foreign_words("Kadın Başvuru") == ["kadin", "basvuru"]


def test_an_arabic_query_word_becomes_a_term_that_matches_only_translation_tokens():
    terms = query_terms("تدريب")
    assert len(terms) == 1 and terms[0].tokens == {foreign_token("تدريب")}


def test_a_latin_query_word_also_matches_the_unstemmed_word_of_a_translation():
    (term,) = query_terms("training")
    assert "0txtraining" in term.tokens and term.exact == "training"


def test_german_index_tokens_never_start_with_the_reserved_prefix():
    assert index_tokens("0txtraining Ausbildung") == ["txtraining", "ausbild"]
