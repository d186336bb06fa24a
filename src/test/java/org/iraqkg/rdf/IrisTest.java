package org.iraqkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IrisTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.alsumaria.tv/news/security/123/",
        "https://ar.wikipedia.org/wiki/بغداد",
        "https://example.org/a%5Db?x=1&y=2#top",
        "http://[::1]:8080/path"
    })
    void wellFormedUrlsAreKept(String url) {
        assertEquals(url, Iris.anyUri(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.org/news?title=100%     | https://example.org/news?title=100%25
            https://a.org/x#a#b                     | https://a.org/x#a%23b
            https://a.org/a]b                       | https://a.org/a%5Db
            https://a.org/a b                       | https://a.org/a%20b
            https://a.org/<script>                  | https://a.org/%3Cscript%3E
            """)
    void illFormedUrlsArePercentEncoded(String url, String expected) {
        assertEquals(expected, Iris.anyUri(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url ''' ; <http:…", "\"\"\" ; DROP ALL", "http://x.org/\u0001\u007f"})
    void anythingBecomesAValidAnyUri(String raw) {
        String u = Iris.anyUri(raw);
        assertTrue(u == null || XSDDatatype.XSDanyURI.isValid(u), u);
        assertTrue(u == null || !u.contains(" ") && !u.contains("<"), u);
    }
}
