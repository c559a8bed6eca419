"""A Haystack engine answering Oscar's catalogue queries with the ORM (no Solr/Elasticsearch).

Haystack's bundled SimpleEngine flattens every filter into free-text terms: Oscar's catalogue
filters (`is_public="true"`, `structure__in=[...]`, `category__in=[...]`) then match nothing and the
catalogue reads "Aucun produit trouvé". This engine translates those filters into ORM lookups on
Product, so Oscar's own catalogue, category and search views and templates work unchanged.
"""

from django.db.models import Q
from haystack.backends import SearchNode
from haystack.backends.simple_backend import SimpleEngine, SimpleSearchBackend, SimpleSearchQuery
from haystack.models import SearchResult
from haystack.utils import get_model_ct_tuple
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")

SORT_FIELDS = {
    "date_created": "date_created",
    "date_updated": "date_updated",
    "title_exact": "title",
    "title": "title",
    "rating": "rating",
    "price": "stockrecords__price",
}


def _raw(value):
    return getattr(value, "query_string", value)


def _text_q(text: str) -> Q:
    q = Q()
    for term in str(text).split():
        q &= Q(title__icontains=term) | Q(description__icontains=term) | Q(upc__iexact=term)
    return q


def _leaf_q(expression: str, value) -> Q:
    field, _, lookup = expression.partition("__")
    value = _raw(value)
    if field in ("content", "text", "title"):
        return _text_q(value)
    if field == "is_public":
        return Q(is_public=str(value).lower() in ("true", "1"))
    if field == "structure":
        return Q(structure__in=value) if lookup == "in" else Q(structure=value)
    if field == "category":
        return Q(categories__in=value) if lookup == "in" else Q(categories=value)
    if field == "upc":
        return Q(upc=value)
    return Q()  # facets (price, stock, rating...) are not filtered by this engine


def _node_q(node: SearchNode) -> Q:
    q = Q()
    for child in node.children:
        child_q = _node_q(child) if isinstance(child, SearchNode) else _leaf_q(*child)
        q = (q | child_q) if node.connector == SearchNode.OR else (q & child_q)
    return ~q if node.negated else q


class OrmSearchBackend(SimpleSearchBackend):
    def search(self, query_string, **kwargs):
        node = query_string if isinstance(query_string, SearchNode) else None
        queryset = Product.objects.browsable().filter(_node_q(node) if node else Q()).distinct()
        order = []
        for field in kwargs.get("sort_by") or []:
            descending = field.startswith("-")
            name = SORT_FIELDS.get(field.lstrip("-"))
            if name:
                order.append(("-" if descending else "") + name)
        queryset = queryset.order_by(*(order or ["-date_created"]))
        products = list(queryset)
        start, end = kwargs.get("start_offset") or 0, kwargs.get("end_offset")
        results = []
        result_class = kwargs.get("result_class") or SearchResult
        for product in products[start:end]:
            app_label, model_name = get_model_ct_tuple(product)
            result = result_class(app_label, model_name, product.pk, 0)
            result._model = product.__class__
            result._object = product
            results.append(result)
        return {"results": results, "hits": len(products)}


class OrmSearchQuery(SimpleSearchQuery):
    def build_query(self):
        return self.query_filter if self.query_filter else None


class OrmEngine(SimpleEngine):
    backend = OrmSearchBackend
    query = OrmSearchQuery
