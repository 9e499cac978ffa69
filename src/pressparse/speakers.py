"""Turn a located mention into a Speaker: surnames, pronouns and roles to the fullest name.

An unresolvable mention is kept as the text wrote it, with a problem, and
never replaced by a guess at another person.
"""

from __future__ import annotations

from typing import NamedTuple

from pressparse.document import Document
from pressparse.mentions import Mention, split_apposition
from pressparse.name_index import Known, Names, Near
from pressparse.names import key
from pressparse.report import Report
from pressparse.types import Problem, Speaker
from pressparse.vocab.titles import ROLE_SYNONYMS

_SENTENCE_REACH = 300
"""Characters between a sentence's subject and its object."""


class Context(NamedTuple):
    """What a pronoun can refer to: the last person who spoke, and where."""

    last_person: Speaker | None
    last_at: int
    paragraph_start: int = 0


def resolve(doc: Document, mention: Mention, index: Names, ctx: Context, report: Report) -> Speaker:
    """The Speaker a mention stands for."""
    text = doc.text[mention.span[0] : mention.span[1]]
    if mention.kind == "person":
        full = index.fullest(mention.words)
        if len(full) == 1:
            report(Problem("quotes.speaker_partial", f"only {text!r} names this speaker", mention.span))
        title, organization = mention.title, mention.organization
        if title is None:
            # "Calloway said": the title the release gave her full name earlier
            title, found_org = split_apposition(index.title_of(full) or "")
            organization = organization or found_org
        return Speaker(" ".join(full), mention.span, text, title, organization)
    if mention.kind == "pronoun":
        return _pronoun(mention, text, index, ctx, report)
    if mention.kind == "role":
        return _role(mention, text, index, ctx, report)
    name = mention.words[0]
    if name[:4].casefold() == "the " and name[4:5].islower():
        head = name.rsplit(None, 1)[-1]
        org = index.ending_in(head) or index.near(0, mention.span[0]).latest_org() or index.issuer()
        if org is not None:  # "the organisation said" after "Harbor Foods said"
            return Speaker(index.expand(org), mention.span, text, mention.title, mention.organization)
        report(Problem("quotes.speaker_unresolved", f"{text!r} names no organisation", mention.span))
    elif name[:4].casefold() == "the ":
        name = name[4:].lstrip()  # "the Department" speaks as "Department"; "The VWB" as "VWB"
    return Speaker(index.expand(name), mention.span, text, mention.title, mention.organization)


def _pronoun(mention: Mention, text: str, index: Names, ctx: Context, report: Report) -> Speaker:
    before = mention.span[0]
    since = index.near(ctx.last_at + 1 if ctx.last_person is not None else 0, before)
    speaker = since.latest_speaker()
    subject = since.latest_subject(ctx.paragraph_start)
    if subject is not None and (speaker is None or subject.start > speaker.start):
        speaker = subject  # "Marta Lindqvist of ... opened the site. "Q," she said."
    last = ctx.last_person
    if speaker is not None and (last is None or speaker.start > ctx.last_at):
        return Speaker(" ".join(index.fullest(speaker.words)), mention.span, text, speaker.title)
    if last is not None:
        return Speaker(last.name, mention.span, text, last.title, last.organization)
    titled = _subject_or_titled(index, since)
    if titled is not None:
        return Speaker(" ".join(index.fullest(titled.words)), mention.span, text, titled.title)
    report(Problem("quotes.speaker_unresolved", f"{text!r} refers to no one named before it", mention.span))
    return Speaker(text, mention.span, text)


def _subject_or_titled(index: Names, since: Near) -> Known | None:
    """The last person named with a title, unless that is the object of a sentence with a named subject.

    ``Acme CEO Jane Doe thanked Mayor John Roe. "Q," she said.``: the subject speaks.
    """
    titled = since.latest_titled()
    subject = since.latest_subject(0)
    if subject is None or (
        titled is not None
        and subject.start < titled.start
        and not _same_sentence(index, subject.start, titled.start)
    ):
        return titled
    return subject


def _same_sentence(index: Names, a: int, b: int) -> bool:
    between = index.doc.folded[a:b]
    return b - a < _SENTENCE_REACH and not any(stop in between for stop in (". ", "\n\n", "! ", "? "))


def _role(mention: Mention, text: str, index: Names, ctx: Context, report: Report) -> Speaker:
    role = key(mention.words[-1])
    for form in (role, *ROLE_SYNONYMS.get(role, ())):
        holder = index.holder_of(form, mention.span[0])
        if holder is not None:
            return Speaker(" ".join(index.fullest(holder.words)), mention.span, text, holder.title)
    if ctx.last_person is not None and ctx.last_person.title:
        # "the Minister said" after "Senator Ellison said": the release's own principal
        last = ctx.last_person
        return Speaker(last.name, mention.span, text, last.title, last.organization)
    titled = index.near(0, mention.span[0]).latest_titled()
    if titled is not None:
        return Speaker(" ".join(index.fullest(titled.words)), mention.span, text, titled.title)
    report(Problem("quotes.speaker_unresolved", f"no one in the release is named as {text!r}", mention.span))
    return Speaker(text, mention.span, text)
